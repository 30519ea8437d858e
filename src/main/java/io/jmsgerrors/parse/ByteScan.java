package io.jmsgerrors.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Finds given bytes eight at a time, reading the array as little-endian longs. */
final class ByteScan {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;

  private ByteScan() {}

  /** The first index in {@code b[from, to)} holding {@code x} or {@code y}, or {@code to}. */
  static int indexOfEither(byte[] b, int from, int to, byte x, byte y) {
    long sx = (x & 0xFFL) * ONES;
    long sy = (y & 0xFFL) * ONES;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long m = equalBytes(w, sx) | equalBytes(w, sy);
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
      long m = equalBytes(w, sx) | equalBytes(w, sy);
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

  /** The high bit of every byte of {@code w} equal to the byte repeated in {@code spread}; exact, no carries. */
  private static long equalBytes(long w, long spread) {
    long d = w ^ spread;
    return ~(((d & LOW7) + LOW7) | d | LOW7);
  }
}
