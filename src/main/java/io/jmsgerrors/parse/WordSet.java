package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of words (lowercase ASCII, or UTF-8 such as Chinese) searched for in one pass over the
 * bytes, indexed by first byte; ASCII letters match in any case.
 */
final class WordSet {
  private final byte[][][] byFirst = new byte[256][][];

  WordSet(String... words) {
    for (String w : words) {
      byte[] bytes = w.getBytes(StandardCharsets.UTF_8);
      int c = bytes[0] & 0xFF;
      byte[][] cur = byFirst[c];
      byte[][] next = cur == null ? new byte[1][] : Arrays.copyOf(cur, cur.length + 1);
      next[next.length - 1] = bytes;
      byFirst[c] = next;
    }
  }

  /** Whether {@code b[from, to)} contains any word of the set. */
  boolean foundIn(byte[] b, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      byte[][] words = byFirst[Ascii.lower(b[i]) & 0xFF];
      if (words != null) {
        for (byte[] w : words) {
          if (matches(b, i, to, w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code b[from, to)} is exactly one word of the set. */
  boolean isWord(byte[] b, int from, int to) {
    if (to <= from) {
      return false;
    }
    byte[][] words = byFirst[Ascii.lower(b[from]) & 0xFF];
    if (words != null) {
      for (byte[] w : words) {
        if (w.length == to - from && matches(b, from, to, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(byte[] b, int at, int to, byte[] w) {
    if (at + w.length > to) {
      return false;
    }
    for (int k = 1; k < w.length; k++) {
      if (Ascii.lower(b[at + k]) != w[k]) {
        return false;
      }
    }
    return true;
  }
}
