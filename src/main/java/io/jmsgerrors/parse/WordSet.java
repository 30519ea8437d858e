package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of words (lowercase ASCII, or UTF-8 such as Chinese) found in one pass over the bytes
 * (one-byte words only by {@link #isWord}). A bit set of the words' first two bytes (lowercased through a table)
 * rejects almost every position with one load and no data-dependent branch; only hits are
 * compared in full. ASCII letters match in any case.
 */
final class WordSet {
  private static final byte[] LOWER = new byte[256];

  static {
    for (int i = 0; i < 256; i++) {
      LOWER[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
    }
  }

  private final long[] bigrams = new long[1024];
  private final byte[][] words;
  private final int[][] byFirst = new int[256][];
  private final int[] wordBigrams;

  WordSet(String... words) {
    this.words = new byte[words.length][];
    this.wordBigrams = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      byte[] w = words[i].getBytes(StandardCharsets.UTF_8);
      this.words[i] = w;
      if (w.length >= 2) {
        int bg = bigram(w[0], w[1]);
        wordBigrams[i] = bg;
        bigrams[bg >>> 6] |= 1L << bg;
        int f = w[0] & 0xFF;
        byFirst[f] = byFirst[f] == null ? new int[] {i} : append(byFirst[f], i);
      }
    }
  }

  private static int[] append(int[] a, int v) {
    int[] out = Arrays.copyOf(a, a.length + 1);
    out[a.length] = v;
    return out;
  }

  private static int bigram(byte a, byte b) {
    return (LOWER[a & 0xFF] & 0xFF) << 8 | (LOWER[b & 0xFF] & 0xFF);
  }

  /** Whether {@code b[from, to)} contains any word of the set. */
  boolean foundIn(byte[] b, int from, int to) {
    return find(b, from, to) >= 0;
  }

  /**
   * The first word of the set in {@code b[from, to)}: its position in the low 32 bits and its
   * index in the set in the high 32 bits; -1 when there is none.
   */
  long find(byte[] b, int from, int to) {
    for (int i = Math.max(0, from), last = Math.min(to, b.length) - 1; i < last; i++) {
      int bg = bigram(b[i], b[i + 1]);
      if ((bigrams[bg >>> 6] & (1L << bg)) != 0) {
        for (int k : byFirst[bg >>> 8]) {
          if (wordBigrams[k] == bg && matches(b, i, to, words[k])) {
            return (long) k << 32 | i;
          }
        }
      }
    }
    return -1;
  }

  /** Whether {@code b[from, to)} is exactly one word of the set. */
  boolean isWord(byte[] b, int from, int to) {
    for (byte[] w : words) {
      if (w.length == to - from && matches(b, from, to, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] b, int at, int to, byte[] w) {
    if (at < 0 || at + w.length > to) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      if (LOWER[b[at + k] & 0xFF] != w[k]) {
        return false;
      }
    }
    return true;
  }

  static int position(long found) {
    return (int) found;
  }

  static int index(long found) {
    return (int) (found >>> 32);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(words);
  }
}
