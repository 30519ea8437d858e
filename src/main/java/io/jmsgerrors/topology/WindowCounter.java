package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code suppress(untilWindowCloses)} would emit it), it forwards the window's final count of each
 * (code, appkey) for the rates topic and hands the window to the {@link SpikeDetector}.
 *
 * <p>A record closes the windows before it is counted: counting a record far ahead in time makes
 * the window store drop its older segments, whose windows must have been read by then. Late
 * records were dropped before this step ({@link LateRecordFilter}), so a closed window no longer
 * changes. The last closed window is kept in the spike-state store, so under exactly-once each
 * window's counts are written once.
 *
 * <p>A window can hold a series for every (code, appkey) pair seen in it, hundreds of thousands
 * with many appkeys, and writing them all at once would stall every task of the stream thread for
 * seconds. So the newest closed window is read into memory and its counts are written a few per
 * record ({@link #DRAIN_PER_RECORD}) and more every 100 ms of wall-clock time ({@link #DRAIN_PER_PERIOD});
 * how many are written is kept in the spike-state store ({@link #DRAINING}), and a restarted task
 * reads the window again and goes on from there. Older windows closed by the same record (a jump
 * in stream time) are written at once. Spikes are evaluated when a window is read.
 */
final class WindowCounter implements Processor<String, String, byte[], ClosedWindowOutput> {
  static final String LAST_WINDOW = "__last-window";
  /** {@code windowStart:written} while a closed window's counts are being written. */
  static final String DRAINING = "__draining";
  /** How many windows the window store keeps behind stream time (the web API's history). */
  static final int RETAINED_WINDOWS = 120;
  static final int DRAIN_PER_RECORD = 32;
  /** Written per {@link #DRAIN_PERIOD} of wall-clock time, so that a window is written while no record comes. */
  static final int DRAIN_PER_PERIOD = 1_000;
  static final Duration DRAIN_PERIOD = Duration.ofMillis(100);
  /** Past this many windows closed at once (a jump in stream time), only the latest are spike-evaluated. */
  private static final int MAX_SPIKE_WINDOWS = 60;

  private final SpikeConfig spikes;
  private final long sizeMs;
  private final long graceMs;
  private final Catalog catalog;
  private ProcessorContext<byte[], ClosedWindowOutput> context;
  private TimestampedWindowStore<String, Long> windows;
  private KeyValueStore<String, String> state;
  private SpikeDetector detector;
  /** The stream time at which the next window closes. */
  private long closeAt;
  /** The closed window whose counts are being written, or null. */
  private Drain draining;

  /** A closed window's counts, how many of them are written, and what every record of it shares. */
  private static final class Drain {
    final long window;
    final long windowEnd;
    final List<KeyValue<String, Long>> entries;
    final RateJson.Window json;
    final String keySuffix;
    int written;
    /** Whether the progress is in the store (so that finishing must delete it). */
    boolean saved;

    Drain(long window, long sizeMs, List<KeyValue<String, Long>> entries, int written, boolean saved) {
      this.window = window;
      this.windowEnd = window + sizeMs;
      this.entries = entries;
      this.json = RateJson.forWindow(window, windowEnd);
      this.keySuffix = Character.toString(CountKey.SEP) + window;
      this.written = written;
      this.saved = saved;
    }
  }

  WindowCounter(SpikeConfig spikes, Duration size, Duration grace, Catalog catalog) {
    this.spikes = spikes;
    this.sizeMs = size.toMillis();
    this.graceMs = grace.toMillis();
    this.catalog = catalog;
  }

  @Override
  public void init(ProcessorContext<byte[], ClosedWindowOutput> context) {
    this.context = context;
    this.windows = context.getStateStore(StoreNames.WINDOWS);
    this.state = context.getStateStore(StoreNames.SPIKES);
    this.detector = new SpikeDetector(spikes, sizeMs, catalog, state);
    String saved = state.get(LAST_WINDOW);
    closeAt = saved == null ? Long.MIN_VALUE : Long.parseLong(saved) + 2 * sizeMs + graceMs;
    draining = null;
    String progress = state.get(DRAINING);
    if (progress != null) {
      int colon = progress.indexOf(':');
      long window = Long.parseLong(progress.substring(0, colon));
      draining = new Drain(window, sizeMs, read(window), Integer.parseInt(progress.substring(colon + 1)), true);
    }
    context.schedule(DRAIN_PERIOD, PunctuationType.WALL_CLOCK_TIME, now -> drain(DRAIN_PER_PERIOD));
  }

  @Override
  public void process(Record<String, String> record) {
    long streamTime = context.currentStreamTimeMs();
    if (streamTime >= closeAt) {
      closeWindows(streamTime);
    }
    drain(DRAIN_PER_RECORD);
    long ts = record.timestamp();
    long windowStart = ts - Math.floorMod(ts, sizeMs);
    ValueAndTimestamp<Long> old = windows.fetch(record.key(), windowStart);
    windows.put(record.key(), old == null
        ? ValueAndTimestamp.make(1L, ts)
        : ValueAndTimestamp.make(old.value() + 1, Math.max(ts, old.timestamp())), windowStart);
  }

  /**
   * Closes every window whose end plus grace is at or before {@code streamTime} and was not closed
   * yet: all of them for the rates topic (the windows after the last record are empty and cost one
   * store seek each), the latest {@value #MAX_SPIKE_WINDOWS} of them for spikes. The newest is
   * written over the next records; a window still being written is finished first.
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
      List<KeyValue<String, Long>> entries = read(w);
      if (w >= firstEvaluated) {
        detector.evaluate(w, seriesCounts(entries),
            a -> context.forward(a.withValue(ClosedWindowOutput.alert(a.value()))));
      }
      if (!entries.isEmpty()) {
        draining = new Drain(w, sizeMs, entries, 0, false);
        if (w < latest) {
          drain(Integer.MAX_VALUE);
        }
      }
    }
    if (next <= latest) {
      state.put(LAST_WINDOW, Long.toString(latest));
    }
    closeAt = Math.max(next, latest + sizeMs) + sizeMs + graceMs;
  }

  /** Writes up to {@code n} more counts of the window being written, and records how far it got. */
  private void drain(int n) {
    Drain d = draining;
    if (d == null) {
      return;
    }
    int until = (int) Math.min(d.entries.size(), (long) d.written + n);
    for (int i = d.written; i < until; i++) {
      KeyValue<String, Long> kv = d.entries.get(i);
      context.forward(new Record<>((kv.key + d.keySuffix).getBytes(StandardCharsets.UTF_8),
          ClosedWindowOutput.rate(d.json.encode(kv.key, kv.value)), d.windowEnd));
    }
    d.written = until;
    if (d.written == d.entries.size()) {
      draining = null;
      if (d.saved) {
        state.delete(DRAINING);
      }
    } else {
      state.put(DRAINING, d.window + ":" + d.written);
      d.saved = true;
    }
  }

  /** The final count of each (code, appkey) of a closed window, in the store's order. */
  private List<KeyValue<String, Long>> read(long windowStart) {
    List<KeyValue<String, Long>> out = new ArrayList<>();
    Instant at = Instant.ofEpochMilli(windowStart);
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it = windows.fetchAll(at, at)) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        out.add(KeyValue.pair(kv.key.key(), kv.value.value()));
      }
    }
    return out;
  }

  /** The counts of a window's series: each (code, appkey), and each code over all appkeys. */
  private static Map<String, Long> seriesCounts(List<KeyValue<String, Long>> entries) {
    Map<String, Long> counts = new HashMap<>(entries.size() * 2);
    for (KeyValue<String, Long> kv : entries) {
      counts.merge(kv.key, kv.value, Long::sum);
      counts.merge(CountKey.codeText(kv.key) + CountKey.SEP + SpikeDetector.ALL_APPKEYS, kv.value, Long::sum);
    }
    return counts;
  }
}
