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

  private static boolean sameSignature(byte[] b, int s1, int e1, int s2, int e2) {
    int n = Math.min(e1 - s1, e2 - s2);
    return Arrays.equals(b, e1 - n, e1, b, e2 - n, e2);
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
