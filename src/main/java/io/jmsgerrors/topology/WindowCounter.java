package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
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
 * records were dropped before this step ({@link LateRecordFilter}). The last closed window is kept
 * in the spike-state store, so under exactly-once each window's counts are written once.
 */
final class WindowCounter implements Processor<String, String, byte[], ClosedWindowOutput> {
  static final String LAST_WINDOW = "__last-window";
  /** How many windows the window store keeps behind stream time (the web API's history). */
  static final int RETAINED_WINDOWS = 120;
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
  }

  @Override
  public void process(Record<String, String> record) {
    long streamTime = context.currentStreamTimeMs();
    if (streamTime >= closeAt) {
      closeWindows(streamTime);
    }
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
   * store seek each), the latest {@value #MAX_SPIKE_WINDOWS} of them for spikes.
   */
  private void closeWindows(long streamTime) {
    long latest = Math.floorDiv(streamTime - graceMs - sizeMs, sizeMs) * sizeMs;
    String saved = state.get(LAST_WINDOW);
    long next = saved == null ? latest : Long.parseLong(saved) + sizeMs;
    long firstEvaluated = latest - (MAX_SPIKE_WINDOWS - 1) * sizeMs;
    for (long w = next; w <= latest; w += sizeMs) {
      Map<String, Long> counts = close(w);
      if (w >= firstEvaluated) {
        detector.evaluate(w, counts, a -> context.forward(a.withValue(ClosedWindowOutput.alert(a.value()))));
      }
    }
    if (next <= latest) {
      state.put(LAST_WINDOW, Long.toString(latest));
    }
    closeAt = Math.max(next, latest + sizeMs) + sizeMs + graceMs;
  }

  /**
   * Forwards the closed window's final count of each (code, appkey) for the rates topic, and
   * returns the counts of the window's series: each (code, appkey) and each code over all appkeys.
   */
  private Map<String, Long> close(long windowStart) {
    Map<String, Long> counts = new HashMap<>();
    Instant at = Instant.ofEpochMilli(windowStart);
    long windowEnd = windowStart + sizeMs;
    RateJson.Window json = RateJson.forWindow(windowStart, windowEnd);
    String keySuffix = Character.toString(CountKey.SEP) + windowStart;
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it = windows.fetchAll(at, at)) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        long n = kv.value.value();
        String key = kv.key.key();
        context.forward(new Record<>((key + keySuffix).getBytes(StandardCharsets.UTF_8),
            ClosedWindowOutput.rate(json.encode(key, n)), windowEnd));
        counts.merge(key, n, Long::sum);
        int sep = key.indexOf(CountKey.SEP);
        counts.merge((sep < 0 ? key : key.substring(0, sep)) + CountKey.SEP + SpikeDetector.ALL_APPKEYS, n, Long::sum);
      }
    }
    return counts;
  }
}
