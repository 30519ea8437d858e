package io.jmsgerrors.topology;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * A closed window whose rates are being written: its counts in a fixed order, how many are
 * written, and what every record of it shares; and the pace of the writing (an even share of the
 * time left before a deadline, every {@link #PERIOD}).
 */
final class WindowDrain {
  /** The least written per {@link #PERIOD} while a window is being written. */
  static final int MIN_PER_PERIOD = 100;
  static final Duration PERIOD = Duration.ofMillis(100);
  /** The longest a closed window's rates are spread over. */
  static final Duration SPREAD_MAX = Duration.ofSeconds(15);
  /**
   * The order the counts are written in: by the key's hash, then the key. Any order that does not
   * depend on the run would do; this one sorts as primitives ({@link #inOrder}), 4-6 times faster
   * than comparing the keys (150,000 keys: 20-150 ms against 90-420 ms), which share their first
   * characters ({@code 803010|...}).
   */
  static final Comparator<String> ORDER = Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder());

  final long window;
  final long windowEnd;
  final String[] keys;
  final long[] counts;
  final RateJson.Window json;
  final String keySuffix;
  /** The wall-clock time by which the counts should be written. */
  final long deadline;
  /** Whether the keys are in {@link #ORDER} (else in key order: a window an earlier version was writing). */
  final boolean hashOrder;
  int written;
  /** Whether the progress is in the store (so that finishing must delete it). */
  boolean saved;

  /** The counts of {@code series} in {@code order} ({@link #ORDER}, or key order), {@code written} of them written. */
  WindowDrain(long window, long sizeMs, Map<String, long[]> series, Comparator<String> order, int written, long deadline) {
    this.window = window;
    this.windowEnd = window + sizeMs;
    this.hashOrder = order == ORDER;
    String[] k = series.keySet().toArray(new String[0]);
    if (hashOrder) {
      k = inOrder(k);
    } else {
      Arrays.sort(k, order);
    }
    this.keys = k;
    this.counts = new long[k.length];
    for (int i = 0; i < k.length; i++) {
      counts[i] = series.get(k[i])[0];
    }
    this.json = RateJson.forWindow(window, windowEnd);
    this.keySuffix = Character.toString(CountKey.SEP) + window;
    this.written = written;
    this.deadline = deadline;
  }

  int remaining() {
    return keys.length - written;
  }

  /** How long the rates of a closed window are spread over: a quarter of the window, at most {@link #SPREAD_MAX}. */
  static Duration spread(Duration windowSize) {
    Duration quarter = windowSize.dividedBy(4);
    return quarter.compareTo(SPREAD_MAX) < 0 ? quarter : SPREAD_MAX;
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

  /** {@code keys} in {@link #ORDER}: sorted as (hash, index) pairs, then equal hashes by the key. */
  static String[] inOrder(String[] keys) {
    long[] packed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      packed[i] = ((long) keys[i].hashCode() << 32) | i;
    }
    Arrays.sort(packed);
    String[] out = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = keys[(int) packed[i]];
    }
    for (int i = 0; i < out.length;) {
      int j = i + 1;
      while (j < out.length && out[j].hashCode() == out[i].hashCode()) {
        j++;
      }
      if (j - i > 1) {
        Arrays.sort(out, i, j);
      }
      i = j;
    }
    return out;
  }
}
