package io.jmsgerrors.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of words (lowercase ASCII, or UTF-8 such as Chinese) found in one pass over the bytes;
 * ASCII letters match in any case. The search looks at one position in every {@code m - q + 1}
 * (m = the shortest word, q = the window: two bytes, or four when every word has at least
 * {@link #QUAD_FROM}): a bit set of every q-byte window of the words' first m bytes rejects almost
 * all positions with one load; only hits are compared in full. Two-byte windows of common letter
 * pairs ("er", "an") hit often in log text; four-byte ones, hashed to 16 bits, rarely do. One-byte
 * words are found by {@link #isWord} only.
 */
final class WordSet {
  private static final byte[] LOWER = new byte[256];

  static {
    for (int i = 0; i < 256; i++) {
      LOWER[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
    }
  }

  /** When every word has at least this many bytes, the search looks at four-byte windows. */
  static final int QUAD_FROM = 6;
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** Folds ASCII letters to lowercase in a four-byte window (and other bytes alike): a filter only, hits are compared in full. */
  private static final int FOLD = 0x20202020;

  /** The two-byte windows, or the 16-bit hashes of the four-byte ones, of the words' first bytes. */
  private final long[] bigrams = new long[1024];
  private final long[][] candidates = new long[65536][];
  private final byte[][] words;
  private final int step;
  /** Whether the windows are four bytes (hashed to 16 bits), not two: far fewer hits on common letter pairs. */
  private final boolean quads;

  WordSet(String... words) {
    this(true, words);
  }

  /** A set that looks at two-byte windows whatever its words' length: the reference for the four-byte search. */
  static WordSet withPairs(String... words) {
    return new WordSet(false, words);
  }

  private WordSet(boolean quadsAllowed, String... words) {
    this.words = new byte[words.length][];
    int shortest = Integer.MAX_VALUE;
    for (int i = 0; i < words.length; i++) {
      this.words[i] = words[i].getBytes(StandardCharsets.UTF_8);
      if (this.words[i].length >= 2) {
        shortest = Math.min(shortest, this.words[i].length);
      }
    }
    this.quads = quadsAllowed && shortest != Integer.MAX_VALUE && shortest >= QUAD_FROM;
    int q = quads ? 4 : 2;
    this.step = shortest == Integer.MAX_VALUE ? 1 : shortest - q + 1;
    for (int k = 0; k < this.words.length; k++) {
      byte[] w = this.words[k];
      for (int o = 0; w.length >= 2 && o + q <= w.length && o <= step - 1; o++) {
        int bg = quads ? quad(w, o) : bigram(w[o], w[o + 1]);
        bigrams[bg >>> 6] |= 1L << bg;
        candidates[bg] = append(candidates[bg], candidate(k, o, w));
      }
    }
  }

  /** The 16-bit hash of the case-folded four bytes at {@code o}. */
  private static int quad(byte[] b, int o) {
    return ((int) INT.get(b, o) | FOLD) * 0x9E3779B1 >>> 16;
  }

  /** A word's index, the offset of the bigram in it, its last offset and its first and last bytes in one long. */
  private static long candidate(int k, int o, byte[] w) {
    return (long) k << 40 | (long) o << 32 | (long) (w.length - 1) << 16 | (w[0] & 0xFF) << 8 | (w[w.length - 1] & 0xFF);
  }

  private static long[] append(long[] a, long v) {
    if (a == null) {
      return new long[] {v};
    }
    long[] out = Arrays.copyOf(a, a.length + 1);
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
    if (quads) {
      return findByQuads(b, from, to);
    }
    final long[] bits = bigrams;
    final byte[] lower = LOWER;
    final int stride = step;
    int start = Math.max(0, from);
    int end = Math.min(to, b.length);
    for (int j = start; j + 1 < end; j += stride) {
      int bg = (lower[b[j] & 0xFF] & 0xFF) << 8 | (lower[b[j + 1] & 0xFF] & 0xFF);
      if ((bits[bg >>> 6] & (1L << bg)) != 0) {
        long found = wordAt(b, j, start, end, bg);
        if (found >= 0) {
          return found;
        }
      }
    }
    return -1;
  }

  private long findByQuads(byte[] b, int from, int to) {
    final long[] bits = bigrams;
    final int stride = step;
    int start = Math.max(0, from);
    int end = Math.min(to, b.length);
    for (int j = start; j + 4 <= end; j += stride) {
      int h = quad(b, j);
      if ((bits[h >>> 6] & (1L << h)) != 0) {
        long found = wordAt(b, j, start, end, h);
        if (found >= 0) {
          return found;
        }
      }
    }
    return -1;
  }

  private long wordAt(byte[] b, int j, int start, int end, int bg) {
    long best = -1;
    for (long c : candidates[bg]) {
      int s = j - ((int) (c >>> 32) & 0xFF);
      int last = s + ((int) c >>> 16);
      if (s >= start && last < end && LOWER[b[s] & 0xFF] == (byte) (c >>> 8) && LOWER[b[last] & 0xFF] == (byte) c
          && (best < 0 || s < (int) best) && matches(b, s, end, words[(int) (c >>> 40)])) {
        best = c >>> 40 << 32 | s;
      }
    }
    return best;
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

  /** The length in bytes of the word with this index. */
  int length(int index) {
    return words[index].length;
  }

  static int position(long found) {
    return (int) found;
  }

  static int index(long found) {
    return (int) (found >>> 32);
  }
}
