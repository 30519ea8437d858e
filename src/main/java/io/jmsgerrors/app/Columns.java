package io.jmsgerrors.app;

/**
 * The few number and padding formats of the scan table, as {@code String.format} with
 * {@code Locale.ROOT} writes them, without its format parsing and locale data, which cost a cold
 * JVM tens of milliseconds.
 */
final class Columns {
  private Columns() {}

  /** {@code %,d}: the decimal digits in groups of three, separated by commas. */
  static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int len = digits.length() - sign;
    StringBuilder sb = new StringBuilder(digits.length() + len / 3);
    sb.append(digits, 0, sign);
    for (int i = 0; i < len; i++) {
      if (i > 0 && (len - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(sign + i));
    }
    return sb.toString();
  }

  /** {@code %Ns}: right-aligned in {@code width} characters. */
  static String right(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** {@code %-Ns}: left-aligned in {@code width} characters. */
  static String left(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
