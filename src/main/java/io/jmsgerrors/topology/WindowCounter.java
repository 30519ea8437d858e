package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Counts events per {@code code|appkey} in event-time tumbling windows, and closes each window
 * once: on the record that moves the task's stream time past a window's end plus grace (the moment
 * {@code suppress(untilWindowCloses)} would emit it), it hands the window to the
 * {@link SpikeDetector} and forwards the window's final count of each (code, appkey) for the rates
 * topic.
 *
 * <p>A record closes the windows before it is counted: counting a record far ahead in time makes
 * the window store drop its older segments. Late records were dropped before this step
 * ({@link LateRecordFilter}), so a closed window no longer changes. The last closed window is kept
 * in the spike-state store, so under exactly-once each window's counts are written once.
 *
 * <p>A window can hold a series for every (code, appkey) pair seen in it, hundreds of thousands
 * with many appkeys, and closing it must not stall the stream thread's other tasks. So:
 * <ul>
 *   <li>the counts of the windows not closed yet are kept in memory as well as in the window store
 *       (which is what survives a restart: a task reads its open windows back when it starts), so
 *       counting a record reads no store and closing a window reads nothing back;</li>
 *   <li>the spike detector gets the per-code totals and the few series that can matter, at once;</li>
 *   <li>the rates of the newest closed window are written on wall-clock time, spread over
 *       {@link #drainSpread} (a quarter of the window, at most 15 s) and at least
 *       {@link #DRAIN_MIN_PER_PERIOD} every {@link #DRAIN_PERIOD}; how many are written is kept in
 *       the spike-state store ({@link #DRAINING}), and a restarted task reads the window again and
 *       goes on from there. Older windows closed by the same record (a jump in stream time), or a
 *       window still being written when the next one closes, are written at once.</li>
 * </ul>
 */
final class WindowCounter implements Processor<String, String, byte[], ClosedWindowOutput> {
  static final String LAST_WINDOW = "__last-window";
  /** {@code windowStart:written:h} while a closed window's counts are being written ({@link #ORDER}). */
  static final String DRAINING = "__draining";
  /** How many windows the window store keeps behind stream time (the web API's history). */
  static final int RETAINED_WINDOWS = 120;
  /** The least written per {@link #DRAIN_PERIOD} while a window is being written. */
  static final int DRAIN_MIN_PER_PERIOD = 100;
  static final Duration DRAIN_PERIOD = Duration.ofMillis(100);
  /** The longest a closed window's rates are spread over. */
  static final Duration DRAIN_SPREAD_MAX = Duration.ofSeconds(15);
  /** Past this many windows closed at once (a jump in stream time), only the latest are spike-evaluated. */
  private static final int MAX_SPIKE_WINDOWS = 60;

  private final SpikeConfig spikes;
  private final long sizeMs;
  private final long graceMs;
  private final long drainSpreadMs;
  private final Catalog catalog;
  private ProcessorContext<byte[], ClosedWindowOutput> context;
  private TimestampedWindowStore<String, Long> windows;
  private KeyValueStore<String, String> state;
  private SpikeDetector detector;
  /** The stream time at which the next window closes. */
  private long closeAt;
  /**
   * The counts of the windows not closed yet, by window start: {count, latest timestamp} per
   * {@code code|appkey}, the same as the window store holds for them.
   */
  private final TreeMap<Long, Map<String, long[]>> open = new TreeMap<>();
  /** The window of the last record counted, and its counts (most records fall in the same window). */
  private long lastStart = Long.MIN_VALUE;
  private Map<String, long[]> lastSeries;
  /** The closed window whose counts are being written, or null. */
  private Drain draining;

  /** A closed window's counts in key order, how many of them are written, and what every record of it shares. */
  private static final class Drain {
    final long window;
    final long windowEnd;
    final String[] keys;
    final long[] counts;
    final RateJson.Window json;
    final String keySuffix;
    /** The wall-clock time by which the counts should be written. */
    final long deadline;
    int written;
    /** Whether the progress is in the store (so that finishing must delete it). */
    boolean saved;
    /** Whether the keys are in {@link #ORDER} (else in key order: a window an earlier version was writing). */
    boolean hashOrder = true;

    Drain(long window, long sizeMs, String[] keys, long[] counts, int written, long deadline) {
      this.window = window;
      this.windowEnd = window + sizeMs;
      this.keys = keys;
      this.counts = counts;
      this.json = RateJson.forWindow(window, windowEnd);
      this.keySuffix = Character.toString(CountKey.SEP) + window;
      this.written = written;
      this.deadline = deadline;
    }

    int remaining() {
      return keys.length - written;
    }
  }

  WindowCounter(SpikeConfig spikes, Duration size, Duration grace, Catalog catalog) {
    this.spikes = spikes;
    this.sizeMs = size.toMillis();
    this.graceMs = grace.toMillis();
    this.drainSpreadMs = drainSpread(size).toMillis();
    this.catalog = catalog;
  }

  /** How long the rates of a closed window are spread over: a quarter of the window, at most {@link #DRAIN_SPREAD_MAX}. */
  static Duration drainSpread(Duration windowSize) {
    Duration quarter = windowSize.dividedBy(4);
    return quarter.compareTo(DRAIN_SPREAD_MAX) < 0 ? quarter : DRAIN_SPREAD_MAX;
  }

  /**
   * How many counts to write in one {@link #DRAIN_PERIOD} so that {@code remaining} are written by
   * {@code deadline}: an even share of the periods left, at least {@link #DRAIN_MIN_PER_PERIOD},
   * all of them once the deadline has passed.
   */
  static int perPeriod(int remaining, long now, long deadline) {
    long periodMs = DRAIN_PERIOD.toMillis();
    long periodsLeft = (deadline - now) / periodMs;
    if (periodsLeft <= 0) {
      return remaining;
    }
    long share = (remaining + periodsLeft - 1) / periodsLeft;
    return (int) Math.max(DRAIN_MIN_PER_PERIOD, share);
  }

  @Override
  public void init(ProcessorContext<byte[], ClosedWindowOutput> context) {
    this.context = context;
    this.windows = context.getStateStore(StoreNames.WINDOWS);
    this.state = context.getStateStore(StoreNames.SPIKES);
    this.detector = new SpikeDetector(spikes, sizeMs, catalog, state);
    String saved = state.get(LAST_WINDOW);
    closeAt = saved == null ? Long.MIN_VALUE : Long.parseLong(saved) + 2 * sizeMs + graceMs;
    readOpenWindows(saved == null ? 0 : Long.parseLong(saved) + sizeMs);
    draining = null;
    String progress = state.get(DRAINING);
    if (progress != null) {
      String[] p = progress.split(":");
      long window = Long.parseLong(p[0]);
      // a task stopped by an earlier version wrote the window in key order
      Comparator<String> order = progress.endsWith(HASH_ORDER) ? ORDER : Comparator.naturalOrder();
      draining = newDrain(window, read(window, order), Integer.parseInt(p[1]));
      draining.hashOrder = order == ORDER;
      draining.saved = true;
    }
    context.schedule(DRAIN_PERIOD, PunctuationType.WALL_CLOCK_TIME,
        now -> drain(draining == null ? 0 : perPeriod(draining.remaining(), now, draining.deadline)));
  }

  @Override
  public void process(Record<String, String> record) {
    long streamTime = context.currentStreamTimeMs();
    if (streamTime >= closeAt) {
      closeWindows(streamTime);
    }
    long ts = record.timestamp();
    long windowStart = ts - Math.floorMod(ts, sizeMs);
    if (windowStart != lastStart || lastSeries == null) {
      lastSeries = open.computeIfAbsent(windowStart, w -> new HashMap<>());
      lastStart = windowStart;
    }
    long[] c = lastSeries.get(record.key());
    if (c == null) {
      c = new long[] {0, ts};
      lastSeries.put(record.key(), c);
    }
    c[0]++;
    c[1] = Math.max(c[1], ts);
    windows.put(record.key(), ValueAndTimestamp.make(c[0], c[1]), windowStart);
  }

  @Override
  public void close() {
    open.clear();
    lastSeries = null;
    draining = null;
  }

  /**
   * Closes every window whose end plus grace is at or before {@code streamTime} and was not closed
   * yet: all of them for the rates topic, the latest {@value #MAX_SPIKE_WINDOWS} of them for
   * spikes (an empty window too: a series that goes silent counts 0 and ends its spike). The newest
   * is written over the next {@link #drainSpread} unless it is small; a window still being written,
   * and the older ones, are written at once.
   */
  private void closeWindows(long streamTime) {
    long latest = Math.floorDiv(streamTime - graceMs - sizeMs, sizeMs) * sizeMs;
    String saved = state.get(LAST_WINDOW);
    long next = saved == null ? latest : Long.parseLong(saved) + sizeMs;
    long firstEvaluated = latest - (MAX_SPIKE_WINDOWS - 1) * sizeMs;
    if (next <= latest) {
      drain(Integer.MAX_VALUE);
    }
    for (long w = next; w <= latest; w += sizeMs) {
      Map<String, long[]> series = open.remove(w);
      if (series == null) {
        series = Map.of();
      }
      if (w >= firstEvaluated) {
        evaluate(w, series);
      }
      if (!series.isEmpty()) {
        draining = newDrain(w, sorted(series, ORDER), 0);
        if (w < latest || series.size() <= DRAIN_MIN_PER_PERIOD) {
          drain(Integer.MAX_VALUE);
        } else {
          // stored before anything is written: a task that stops now must still write this window
          saveProgress(draining);
        }
      }
    }
    // earlier windows cannot hold counts (late records are dropped before this step); never keep them
    open.headMap(latest, true).clear();
    lastSeries = null;
    if (next <= latest) {
      state.put(LAST_WINDOW, Long.toString(latest));
    }
    closeAt = Math.max(next, latest + sizeMs) + sizeMs + graceMs;
  }

  /**
   * Hands a closed window to the spike detector: every code's total over its appkeys and the
   * (code, appkey) series that can matter, and a look-up for the series with a stored baseline.
   */
  private void evaluate(long windowStart, Map<String, long[]> series) {
    long min = detector.minMattering();
    Map<String, Long> candidates = new HashMap<>();
    Map<String, long[]> byCode = new HashMap<>();
    series.forEach((key, c) -> {
      if (c[0] >= min) {
        candidates.put(key, c[0]);
      }
      byCode.computeIfAbsent(CountKey.codeText(key), k -> new long[1])[0] += c[0];
    });
    String allSuffix = CountKey.SEP + SpikeDetector.ALL_APPKEYS;
    byCode.forEach((code, n) -> {
      if (n[0] >= min) {
        candidates.put(code + allSuffix, n[0]);
      }
    });
    detector.evaluate(windowStart, candidates, key -> {
      long[] c = key.endsWith(allSuffix) ? byCode.get(CountKey.codeText(key)) : series.get(key);
      return c == null ? 0 : c[0];
    }, a -> context.forward(a.withValue(ClosedWindowOutput.alert(a.value()))));
  }

  /** Writes up to {@code n} more counts of the window being written, and records how far it got. */
  private void drain(int n) {
    Drain d = draining;
    if (d == null || n <= 0) {
      return;
    }
    int until = (int) Math.min(d.keys.length, (long) d.written + n);
    for (int i = d.written; i < until; i++) {
      context.forward(new Record<>((d.keys[i] + d.keySuffix).getBytes(StandardCharsets.UTF_8),
          ClosedWindowOutput.rate(d.json.encode(d.keys[i], d.counts[i])), d.windowEnd));
    }
    d.written = until;
    if (d.written == d.keys.length) {
      draining = null;
      if (d.saved) {
        state.delete(DRAINING);
      }
    } else {
      saveProgress(d);
    }
  }

  private void saveProgress(Drain d) {
    state.put(DRAINING, d.window + ":" + d.written + (d.hashOrder ? HASH_ORDER : ""));
    d.saved = true;
  }

  private Drain newDrain(long window, Counts counts, int written) {
    return new Drain(window, sizeMs, counts.keys, counts.counts, written,
        context.currentSystemTimeMs() + drainSpreadMs);
  }

  /** A window's counts in {@link #ORDER}: the order a restarted task writes them in too. */
  private record Counts(String[] keys, long[] counts) {}

  /**
   * The order a closed window's counts are written in: by the key's hash, then the key. Any order
   * that does not depend on the run would do; this one sorts as primitives ({@link #inOrder}),
   * 4-6 times faster than comparing the keys (150,000 keys: 20-150 ms against 90-420 ms), which
   * share their first characters ({@code 803010|...}).
   */
  static final Comparator<String> ORDER = Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder());
  /** How {@link #DRAINING} says its count is in {@link #ORDER} (without it: key order, as before). */
  private static final String HASH_ORDER = ":h";

  private static Counts sorted(Map<String, long[]> series, Comparator<String> order) {
    String[] keys = series.keySet().toArray(new String[0]);
    if (order == ORDER) {
      keys = inOrder(keys);
    } else {
      Arrays.sort(keys, order);
    }
    long[] counts = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      counts[i] = series.get(keys[i])[0];
    }
    return new Counts(keys, counts);
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

  /** The counts of the windows from {@code from} on, from the window store, into {@link #open}. */
  private void readOpenWindows(long from) {
    open.clear();
    lastSeries = null;
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it =
        windows.fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(Long.MAX_VALUE))) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        open.computeIfAbsent(kv.key.window().start(), w -> new HashMap<>())
            .put(kv.key.key(), new long[] {kv.value.value(), kv.value.timestamp()});
      }
    }
  }

  /** The final count of each (code, appkey) of a closed window, from the window store, in {@code order}. */
  private Counts read(long windowStart, Comparator<String> order) {
    Map<String, long[]> series = new HashMap<>();
    Instant at = Instant.ofEpochMilli(windowStart);
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it = windows.fetchAll(at, at)) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        series.put(kv.key.key(), new long[] {kv.value.value()});
      }
    }
    return sorted(series, order);
  }
}
