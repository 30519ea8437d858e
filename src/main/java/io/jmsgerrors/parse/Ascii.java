package io.jmsgerrors.parse;

/** Byte-level helpers over ASCII and UTF-8 text, free of allocation. */
final class Ascii {
  private Ascii() {}

  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAlnum(byte c) {
    return isDigit(c) || isLetter(c);
  }

  /** Letters, digits and the punctuation that joins the words of a key ({@code error_code}, {@code jmessage.code}). */
  static boolean isKeyChar(byte c) {
    return isAlnum(c) || c == '_' || c == '.' || c == '-';
  }

  static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /** Whether {@code b[at..]} starts with the lowercase ASCII {@code word}, ignoring case, within {@code end}. */
  static boolean startsWith(byte[] b, int at, int end, String word) {
    int n = word.length();
    if (at < 0 || at + n > end) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (lower(b[at + i]) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code b[..end)} ends with the lowercase ASCII {@code word}, ignoring case, not before {@code lo}. */
  static boolean endsWith(byte[] b, int lo, int end, String word) {
    return end - word.length() >= lo && startsWith(b, end - word.length(), end, word);
  }

  /** Whether {@code b[from, to)} contains the lowercase ASCII {@code word}, ignoring case. */
  static boolean contains(byte[] b, int from, int to, String word) {
    return indexOf(b, from, to, word) >= 0;
  }

  /** The first index of the lowercase ASCII or UTF-8 {@code word} in {@code b[from, to)}, ignoring ASCII case, or -1. */
  static int indexOf(byte[] b, int from, int to, String word) {
    int n = word.length();
    if (n == 0) {
      return from;
    }
    int first = word.charAt(0);
    for (int i = Math.max(0, from), stop = to - n + 1; i < stop; i++) {
      if (lower(b[i]) == first && startsWith(b, i, to, word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code b[from, to)} contains the given UTF-8 bytes exactly. */
  static boolean containsBytes(byte[] b, int from, int to, byte[] needle) {
    int n = needle.length;
    for (int i = Math.max(0, from), last = to - n; i <= last; i++) {
      if (b[i] == needle[0]) {
        int k = 1;
        while (k < n && b[i + k] == needle[k]) {
          k++;
        }
        if (k == n) {
          return true;
        }
      }
    }
    return false;
  }
}
