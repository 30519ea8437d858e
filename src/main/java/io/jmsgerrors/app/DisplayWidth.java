package io.jmsgerrors.app;

/** Terminal column widths of text: East Asian wide and full-width characters take two columns. */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += columns(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  static int columns(int cp) {
    if (cp < 0x1100) {
      return cp < 0x20 ? 0 : 1;
    }
    boolean wide = cp <= 0x115F
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /** The text cut to at most {@code max} columns (with an ellipsis when cut) and padded to exactly that. */
  static String fit(String s, int max) {
    String t = s.replace('\n', ' ').replace('\t', ' ');
    if (of(t) > max) {
      StringBuilder sb = new StringBuilder();
      int w = 0;
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        int c = columns(cp);
        if (w + c > max - 1) {
          break;
        }
        sb.appendCodePoint(cp);
        w += c;
        i += Character.charCount(cp);
      }
      t = sb.append('…').toString();
    }
    return t + " ".repeat(Math.max(0, max - of(t)));
  }
}
