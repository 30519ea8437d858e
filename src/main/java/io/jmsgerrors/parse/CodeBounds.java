package io.jmsgerrors.parse;

/**
 * Whether a digit run stands alone as a number: not part of a word, hex token, decimal,
 * version, date, path or negative number ({@code ab803010}, {@code 803010ms}, {@code 0.803005},
 * {@code 2.803010.1}, {@code 2026-803010}, {@code /803010/}).
 */
final class CodeBounds {
  private CodeBounds() {}

  static boolean clean(byte[] b, int off, int end, int s, int e) {
    if (s > off) {
      byte p = b[s - 1];
      if (Ascii.isLetter(p) && !escapedChinese(b, off, s) && !escapedBlank(b, off, s)) {
        return false;
      }
      if (p == '.' || p == '_' || p == '-' || p == '+' || p == '/' || p == '#' || p == '@' || p == '$'
          || p == '%' || p == '&' && s - 2 >= off && b[s - 2] == '&') {
        return false;
      }
    }
    if (e < end) {
      byte n = b[e];
      if (Ascii.isLetter(n) || n == '_' || n == '%' || n == '@') {
        return false;
      }
      boolean digitAfter = e + 1 < end && Ascii.isDigit(b[e + 1]);
      if (digitAfter && (n == '.' || n == ':' || n == '-' || n == '/')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the letter before the run ends a JSON escape {@code \t}, {@code \n} or {@code \r}. */
  private static boolean escapedBlank(byte[] b, int off, int s) {
    byte c = b[s - 1];
    return (c == 't' || c == 'n' || c == 'r') && s - 2 >= off && b[s - 2] == '\\';
  }

  /** Whether the letter before the run closes a JSON escape such as {@code \\uff1a} (a full-width colon). */
  private static boolean escapedChinese(byte[] b, int off, int s) {
    return s - 6 >= off && b[s - 6] == '\\' && b[s - 5] == 'u';
  }
}
