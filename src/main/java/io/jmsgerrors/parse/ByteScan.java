package io.jmsgerrors.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds given bytes eight at a time, reading the array as little-endian longs.
 *
 * <p>The byte comparison is written out in each loop rather than called: C2 inlines these loops
 * into the parser's large compiled methods, and once such a method reaches its inlining node
 * budget, a helper left as a call would be called for every eight bytes.
 */
final class ByteScan {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;
  // A byte of w equals the byte spread over d's word when (w ^ d) has that byte zero: then adding
  // LOW7 to its low seven bits leaves its high bit clear, and so do the byte and LOW7 themselves.
  // ~(((x & LOW7) + LOW7) | x | LOW7) sets exactly the high bit of each zero byte of x, with no
  // carries between bytes.

  private ByteScan() {}

  /** The first index in {@code b[from, to)} holding {@code x} or {@code y}, or {@code to}. */
  static int indexOfEither(byte[] b, int from, int to, byte x, byte y) {
    long sx = (x & 0xFFL) * ONES;
    long sy = (y & 0xFFL) * ONES;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long dx = w ^ sx;
      long dy = w ^ sy;
      long m = ~(((dx & LOW7) + LOW7) | dx | LOW7) | ~(((dy & LOW7) + LOW7) | dy | LOW7);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    while (i < to && b[i] != x && b[i] != y) {
      i++;
    }
    return i;
  }

  /** The last index in {@code b[from, to)} holding {@code x} or {@code y}, or {@code from - 1}. */
  static int lastIndexOfEither(byte[] b, int from, int to, byte x, byte y) {
    long sx = (x & 0xFFL) * ONES;
    long sy = (y & 0xFFL) * ONES;
    int i = to;
    for (; i - Long.BYTES >= from; i -= Long.BYTES) {
      long w = (long) LONGS.get(b, i - Long.BYTES);
      long dx = w ^ sx;
      long dy = w ^ sy;
      long m = ~(((dx & LOW7) + LOW7) | dx | LOW7) | ~(((dy & LOW7) + LOW7) | dy | LOW7);
      if (m != 0) {
        return i - Long.BYTES + ((63 - Long.numberOfLeadingZeros(m)) >>> 3);
      }
    }
    i--;
    while (i >= from && b[i] != x && b[i] != y) {
      i--;
    }
    return i;
  }
}
