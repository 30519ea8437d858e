package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds the redacted, length-capped excerpt of the line around a code. */
final class Excerpts {
  static final int MAX_CHARS = 256;
  private static final int BEFORE = 80;
  private static final int AFTER = 120;
  private static final int REDACT_LOOKBACK = 8 * 1024;

  private Excerpts() {}

  /** The excerpt of line {@code [ls, le)} around the code at {@code [s, e)}; unescapes JSON text when asked. */
  static String of(byte[] b, int ls, int le, int s, int e, boolean jsonText, boolean maySecret) {
    int ws = Math.max(ls, s - BEFORE);
    int we = Math.min(le, e + AFTER);
    while (ws < s && (b[ws] & 0xC0) == 0x80) {
      ws++;
    }
    while (we > e && we < le && (b[we] & 0xC0) == 0x80) {
      we--;
    }
    if (maySecret) {
      int rs = Math.max(ls, ws - REDACT_LOOKBACK);
      return text(masked(b, rs, we), ws - rs, we - rs, jsonText);
    }
    return text(b, ws, we, jsonText);
  }

  private static byte[] masked(byte[] b, int from, int to) {
    byte[] copy = Arrays.copyOfRange(b, from, to);
    Redactor.maskTokensInPlace(copy, 0, copy.length);
    return copy;
  }

  /** The excerpt text of {@code b[from, to)}: plain ASCII straight from the bytes, anything else {@link #decoded}. */
  static String text(byte[] b, int from, int to, boolean jsonText) {
    return isPlainAscii(b, from, to, jsonText) ? stripSpaces(b, from, to) : decoded(b, from, to, jsonText);
  }

  /** The general path: decode, unescape JSON text, blank control characters, cap the length and strip. */
  static String decoded(byte[] b, int from, int to, boolean jsonText) {
    String text = new String(b, from, to - from, StandardCharsets.UTF_8);
    return clean(jsonText ? unescape(text) : text);
  }

  /** Whether the text needs no decoding, unescaping or cleaning: printable ASCII, and no backslash in JSON text. */
  private static boolean isPlainAscii(byte[] b, int from, int to, boolean jsonText) {
    if (to - from > MAX_CHARS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c < 0x20 || c == 0x7F || (c == '\\' && jsonText)) {
        return false;
      }
    }
    return true;
  }

  /** The printable ASCII {@code b[from, to)} without leading and trailing spaces, as {@link String#strip} gives it. */
  private static String stripSpaces(byte[] b, int from, int to) {
    while (from < to && b[from] == ' ') {
      from++;
    }
    while (to > from && b[to - 1] == ' ') {
      to--;
    }
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static String clean(String text) {
    if (text.length() <= MAX_CHARS && !hasControl(text)) {
      return text.strip();
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
    for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7F ? ' ' : c);
    }
    int n = out.length();
    if (n > 0 && Character.isHighSurrogate(out.charAt(n - 1))) {
      out.setLength(n - 1);
    }
    return out.toString().strip();
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 1)) {
      out.append(text, copied, i);
      char n = text.charAt(++i);
      copied = i + 1;
      switch (n) {
        case 'n', 'r', 't' -> out.append(' ');
        case 'u' -> {
          int v = i + 4 < text.length() ? hex4(text, i + 1) : -1;
          if (v >= 0) {
            out.append((char) v);
            i += 4;
            copied = i + 1;
          } else {
            out.append('\\').append(n);
          }
        }
        default -> out.append(n);
      }
    }
    return out.append(text, Math.min(copied, text.length()), text.length()).toString();
  }

  private static int hex4(String s, int p) {
    int v = 0;
    for (int i = p; i < p + 4; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }
}
