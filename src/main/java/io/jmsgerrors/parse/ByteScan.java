package io.jmsgerrors.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds given bytes eight at a time, reading the array as little-endian longs.
 *
 * <p>The byte comparison is written out in each loop rather than called: C2 inlines these loops
 * into the parser's large compiled methods, and once such a method reaches its inlining node
 * budget, a helper left as a call would be called for every eight bytes. The searches read two
 * words per step (one branch per sixteen bytes) and test them with the cheaper zero-byte test below.
 * That makes {@link #indexOfEither} and {@link #lastIndexOfEither} longer than C2 inlines
 * (FreqInlineSize, 325 bytes of bytecode): each search is one call to its own compiled loop, which
 * also leaves the parser's large compiled methods more of their inlining budget. Measured as it
 * stands (commit message); a shorter version would be inlined again and should be measured anew.
 */
final class ByteScan {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long ZEROS = 0x3030303030303030L;
  /** 0x80 - 10 in every byte: added to a byte under 0x80, it sets the high bit when the byte is 10 or more. */
  private static final long TEN_UP = 0x7676767676767676L;
  // x = w ^ (a byte spread over the word) has a zero byte where w holds that byte, and
  // ~(((x & LOW7) + LOW7) | x | LOW7) sets the high bit of exactly x's zero bytes: adding LOW7 to a
  // byte's low seven bits sets its high bit unless they are all zero, and no carry crosses bytes.
  // (x - ONES) & ~x & HIGH takes fewer operations and is non-zero exactly when x has a zero byte,
  // but a borrow may also mark bytes above the first zero one: its lowest bit is exact (the first
  // match, in a little-endian word), its highest is not, so a backward search takes it as the
  // test only and works out the exact bits of the one word that matched.

  private ByteScan() {}

  /** The first index in {@code b[from, to)} holding {@code x} or {@code y}, or {@code to}. */
  static int indexOfEither(byte[] b, int from, int to, byte x, byte y) {
    long sx = (x & 0xFFL) * ONES;
    long sy = (y & 0xFFL) * ONES;
    int i = from;
    for (; i + 2 * Long.BYTES <= to; i += 2 * Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long v = (long) LONGS.get(b, i + Long.BYTES);
      long dx = w ^ sx;
      long dy = w ^ sy;
      long ex = v ^ sx;
      long ey = v ^ sy;
      long m = ((dx - ONES) & ~dx | (dy - ONES) & ~dy) & HIGH;
      long n = ((ex - ONES) & ~ex | (ey - ONES) & ~ey) & HIGH;
      if ((m | n) != 0) {
        return m != 0 ? i + (Long.numberOfTrailingZeros(m) >>> 3) : i + Long.BYTES + (Long.numberOfTrailingZeros(n) >>> 3);
      }
    }
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long dx = w ^ sx;
      long dy = w ^ sy;
      long m = ((dx - ONES) & ~dx | (dy - ONES) & ~dy) & HIGH;
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
    for (; i - 2 * Long.BYTES >= from; i -= 2 * Long.BYTES) {
      long w = (long) LONGS.get(b, i - Long.BYTES);
      long v = (long) LONGS.get(b, i - 2 * Long.BYTES);
      long dx = w ^ sx;
      long dy = w ^ sy;
      long ex = v ^ sx;
      long ey = v ^ sy;
      if ((((dx - ONES) & ~dx | (dy - ONES) & ~dy | (ex - ONES) & ~ex | (ey - ONES) & ~ey) & HIGH) != 0) {
        break;
      }
    }
    for (; i - Long.BYTES >= from; i -= Long.BYTES) {
      long w = (long) LONGS.get(b, i - Long.BYTES);
      long dx = w ^ sx;
      long dy = w ^ sy;
      if ((((dx - ONES) & ~dx | (dy - ONES) & ~dy) & HIGH) != 0) {
        long m = ~(((dx & LOW7) + LOW7) | dx | LOW7) | ~(((dy & LOW7) + LOW7) | dy | LOW7);
        return i - Long.BYTES + ((63 - Long.numberOfLeadingZeros(m)) >>> 3);
      }
    }
    while (i > from && b[i - 1] != x && b[i - 1] != y) {
      i--;
    }
    return i - 1;
  }

  /**
   * The digit run holding the digit at {@code i}, bounded by {@code [lo, hi)}: its start in the
   * high 32 bits, its end (exclusive) in the low ones. The eight bytes before {@code i} and the
   * eight from it are read as words, so the run's ends come from two bit counts instead of two
   * byte loops whose exits the branch predictor cannot guess; runs longer than that are walked on.
   */
  static long digitRunAt(byte[] b, int lo, int hi, int i) {
    int s = i;
    int e = i + 1;
    if (i - Long.BYTES >= lo && i + Long.BYTES <= hi) {
      // The high bit of every digit byte: a byte xor '0' is under ten and has its high bit clear.
      long x = (long) LONGS.get(b, i - Long.BYTES) ^ ZEROS;
      long before = ~(((x & LOW7) + TEN_UP) | x) & HIGH;
      long y = (long) LONGS.get(b, i) ^ ZEROS;
      long from = ~(((y & LOW7) + TEN_UP) | y) & HIGH;
      s = i - (Long.numberOfLeadingZeros(~before & HIGH) >>> 3);
      e = i + (Long.numberOfTrailingZeros(~from & HIGH) >>> 3);
    }
    while (s > lo && Ascii.isDigit(b[s - 1])) {
      s--;
    }
    while (e < hi && Ascii.isDigit(b[e])) {
      e++;
    }
    return (long) s << 32 | e;
  }
}
