package io.jmsgerrors.parse;

import java.util.Arrays;

/**
 * The codes already reported for one record. A repeat of a code is a new error only when it is
 * written the same way as before (same few bytes before the number) and either on the same line
 * (a batch result) or on a line that reads the same up to the code (pretty-printed batches, two
 * log lines in one record); otherwise it is the same error printed twice (a logged message and the
 * exception that carries it) and is counted once.
 */
final class Occurrences {
  private int[] codes = new int[4];
  private int[] lineStarts = new int[4];
  private int[] positions = new int[4];
  private int[] signatureStarts = new int[4];
  private int size;

  /** Records the occurrence; returns whether it is a new error. */
  boolean add(byte[] b, int code, int lineStart, int pos, int signatureStart) {
    boolean fresh = true;
    for (int i = 0; i < size && fresh; i++) {
      if (codes[i] == code) {
        fresh = sameSignature(b, signatureStarts[i], positions[i], signatureStart, pos)
            && (lineStarts[i] == lineStart || samePrefix(b, lineStarts[i], positions[i], lineStart, pos));
      }
    }
    if (fresh) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        lineStarts = Arrays.copyOf(lineStarts, size * 2);
        positions = Arrays.copyOf(positions, size * 2);
        signatureStarts = Arrays.copyOf(signatureStarts, size * 2);
      }
      codes[size] = code;
      lineStarts[size] = lineStart;
      positions[size] = pos;
      signatureStarts[size++] = signatureStart;
    }
    return fresh;
  }

  /** Whether two numbers follow the same key written the same way ({@code "code": } and {@code "code" :} do). */
  private static boolean sameSignature(byte[] b, int s1, int e1, int s2, int e2) {
    int k1 = keyStart(b, s1, e1);
    int k2 = keyStart(b, s2, e2);
    int p1 = k1;
    int p2 = k2;
    while (true) {
      p1 = skipBlank(b, p1, e1);
      p2 = skipBlank(b, p2, e2);
      if (p1 >= e1 || p2 >= e2) {
        return p1 >= e1 && p2 >= e2;
      }
      if (b[p1++] != b[p2++]) {
        return false;
      }
    }
  }

  private static int keyStart(byte[] b, int lo, int pos) {
    int p = pos - 1;
    while (p >= lo && (!Ascii.isKeyChar(b[p]) || escapedBlank(b, lo, p))) {
      p -= escapedBlank(b, lo, p) ? 2 : 1;
    }
    while (p >= lo && Ascii.isKeyChar(b[p]) && !escapedBlank(b, lo, p)) {
      p--;
    }
    return p + 1;
  }

  /** Skips what does not tell two keys apart: blanks, quotes, backslashes and escaped blanks. */
  private static int skipBlank(byte[] b, int p, int end) {
    while (p < end) {
      byte c = b[p];
      if (c == ' ' || c == '\t' || c == '"' || c == '\'') {
        p++;
      } else if (c == '\\') {
        p += p + 1 < end && (b[p + 1] == 't' || b[p + 1] == 'n' || b[p + 1] == 'r') ? 2 : 1;
      } else {
        break;
      }
    }
    return p;
  }

  private static boolean escapedBlank(byte[] b, int lo, int p) {
    return (b[p] == 't' || b[p] == 'n' || b[p] == 'r') && p - 1 >= lo && b[p - 1] == '\\';
  }

  /** Whether two lines read the same up to the code, after any leading timestamp. */
  private static boolean samePrefix(byte[] b, int l1, int p1, int l2, int p2) {
    l1 = skipTimestamp(b, l1, p1);
    l2 = skipTimestamp(b, l2, p2);
    return Arrays.equals(b, l1, p1, b, l2, p2);
  }

  private static int skipTimestamp(byte[] b, int p, int stop) {
    while (p < stop && (Ascii.isDigit(b[p]) || b[p] == ' ' || b[p] == '-' || b[p] == ':' || b[p] == '.'
        || b[p] == ',' || b[p] == '+' || b[p] == 'T' || b[p] == 'Z' || b[p] == '[' || b[p] == ']'
        || b[p] == '/' || b[p] == '\t')) {
      p++;
    }
    return p;
  }
}
