package io.jmsgerrors.topology;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The closed windows whose rates are being written, oldest first: each window's counts in a fixed
 * order, how many of the oldest are written, and what every record of a window shares; and the
 * pace of the writing (an even share of the time left before a deadline, every {@link #PERIOD}).
 */
final class WindowDrain {
  /** The least written per {@link #PERIOD} while windows are being written. */
  static final int MIN_PER_PERIOD = 100;
  static final Duration PERIOD = Duration.ofMillis(100);
  /** The longest the rates of the windows closed at once are spread over. */
  static final Duration SPREAD_MAX = Duration.ofSeconds(30);
  /**
   * The order a window's counts are written in: by the key's hash, then the key. Any order that
   * does not depend on the run would do; this one sorts as primitives (see {@link Window}),
   * 4-6 times faster than comparing the keys (150,000 keys: 20-150 ms against 90-420 ms), which
   * share their first characters ({@code 803010|...}).
   */
  static final Comparator<String> ORDER = Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder());

  /** One closed window's counts, in order, and what its records share. */
  static final class Window {
    final long start;
    final long end;
    final String[] keys;
    final long[] counts;
    final RateJson.Window json;
    final String keySuffix;

    /** The counts of {@code series} in {@link #ORDER}, or in key order (a window an earlier version was writing). */
    Window(long start, long sizeMs, WindowCounts series, boolean hashOrder) {
      this.start = start;
      this.end = start + sizeMs;
      int n = series.size();
      long[] packed = series.hashesAndSlots();
      if (hashOrder) {
        packed = byHash(packed);
      }
      this.keys = new String[n];
      this.counts = new long[n];
      series.read(packed, keys, counts);
      if (hashOrder) {
        // each run of equal hashes (the packed sort left them by slot) by key
        for (int from = 0; from < n;) {
          int to = from + 1;
          while (to < n && (int) (packed[to] >>> 32) == (int) (packed[from] >>> 32)) {
            to++;
          }
          if (to - from > 1) {
            sortByKey(keys, counts, from, to);
          }
          from = to;
        }
      } else {
        sortByKey(keys, counts, 0, n);
      }
      this.json = RateJson.forWindow(start, end);
      this.keySuffix = Character.toString(CountKey.SEP) + start;
    }

    /**
     * {@code packed} ({hash, slot} pairs, in slot order) sorted by hash, equal hashes left in slot
     * order: the order of {@code Arrays.sort}, by a radix sort on the hash's four bytes, whose
     * simple loops are compiled within the first window a JVM closes (a cold quicksort of 70,000
     * of them took 40 ms, this 1-2 ms once warm).
     */
    static long[] byHash(long[] packed) {
      int n = packed.length;
      long[] from = packed;
      long[] to = new long[n];
      int[] starts = new int[256];
      for (int shift = 32; shift < 64; shift += 8) {
        Arrays.fill(starts, 0);
        for (int i = 0; i < n; i++) {
          starts[digit(from[i], shift)]++;
        }
        for (int d = 0, sum = 0; d < 256; d++) {
          int c = starts[d];
          starts[d] = sum;
          sum += c;
        }
        for (int i = 0; i < n; i++) {
          to[starts[digit(from[i], shift)]++] = from[i];
        }
        long[] t = from;
        from = to;
        to = t;
      }
      return from;
    }

    /** The byte of the hash at {@code shift}, the sign flipped so that negative hashes come first. */
    private static int digit(long packed, int shift) {
      return (int) ((packed ^ Long.MIN_VALUE) >>> shift) & 0xff;
    }

    /** Sorts {@code keys[from, to)} by key, and {@code counts} with them. */
    private static void sortByKey(String[] keys, long[] counts, int from, int to) {
      if (to - from < 2) {
        return;
      }
      Integer[] idx = new Integer[to - from];
      Arrays.setAll(idx, x -> from + x);
      Arrays.sort(idx, (a, b) -> keys[a].compareTo(keys[b]));
      String[] k = new String[idx.length];
      long[] c = new long[idx.length];
      for (int x = 0; x < idx.length; x++) {
        k[x] = keys[idx[x]];
        c[x] = counts[idx[x]];
      }
      System.arraycopy(k, 0, keys, from, k.length);
      System.arraycopy(c, 0, counts, from, c.length);
    }
  }

  private final ArrayDeque<Window> windows = new ArrayDeque<>();
  /** The wall-clock time by which the counts should be written. */
  final long deadline;
  /** Whether the keys are in {@link #ORDER} (else in key order: a window an earlier version was writing). */
  final boolean hashOrder;
  /** How many counts of the oldest window are written. */
  int written;
  private int remaining;
  /** Whether the progress is in the store (so that finishing must delete it). */
  boolean saved;

  WindowDrain(boolean hashOrder, long deadline) {
    this.hashOrder = hashOrder;
    this.deadline = deadline;
  }

  /** Adds a window after the others (an empty one is skipped). */
  void add(Window w) {
    if (w.keys.length > 0) {
      windows.addLast(w);
      remaining += w.keys.length;
    }
  }

  /** The oldest window not written yet, or null when all are. */
  Window current() {
    return windows.peekFirst();
  }

  /** Marks one more count of the current window written. */
  void advance() {
    written++;
    remaining--;
    if (written == windows.getFirst().keys.length) {
      windows.removeFirst();
      written = 0;
    }
  }

  /** Marks the first {@code n} counts of the current window written (a restarted task's progress). */
  void skip(int n) {
    for (int i = 0; i < n && current() != null; i++) {
      advance();
    }
  }

  int remaining() {
    return remaining;
  }

  /**
   * How long the rates of the windows closed at once are spread over: half the window, at most
   * {@link #SPREAD_MAX}. The next window closes one window of stream time later, or sooner when
   * this close came late (the first record after a gap), and writes what is left at once.
   */
  static Duration spread(Duration windowSize) {
    Duration half = windowSize.dividedBy(2);
    return half.compareTo(SPREAD_MAX) < 0 ? half : SPREAD_MAX;
  }

  /**
   * How many counts to write in one {@link #PERIOD} so that {@code remaining} are written by
   * {@code deadline}: an even share of the periods left, at least {@link #MIN_PER_PERIOD}, all of
   * them once less than a period is left.
   */
  static int perPeriod(int remaining, long now, long deadline) {
    long periodsLeft = (deadline - now) / PERIOD.toMillis();
    if (periodsLeft <= 0) {
      return remaining;
    }
    long share = (remaining + periodsLeft - 1) / periodsLeft;
    return (int) Math.max(MIN_PER_PERIOD, share);
  }
}
