package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
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
 * Compares each closed window's count, per (code, appkey) and per code over all appkeys, with a
 * baseline learned from earlier windows, and emits an alert when a spike starts and when it ends.
 * It runs on stream-time punctuation in the task that owns the code (events are partitioned by
 * code), reading the window counts from the window store.
 */
final class SpikeDetector implements Processor<String, String, byte[], byte[]> {
  /** The appkey part of the per-code series. */
  static final String ALL_APPKEYS = "all";
  static final String LAST_WINDOW = "__last-window";
  static final String WINDOWS_SEEN = "__windows-seen";
  private static final int MAX_WINDOWS_PER_PUNCTUATION = 60;

  private final SpikeConfig spikes;
  private final long sizeMs;
  private final long graceMs;
  private final Catalog catalog;
  private ProcessorContext<byte[], byte[]> context;
  private TimestampedWindowStore<String, Long> windows;
  private KeyValueStore<String, String> state;

  SpikeDetector(SpikeConfig spikes, Duration size, Duration grace, Catalog catalog) {
    this.spikes = spikes;
    this.sizeMs = size.toMillis();
    this.graceMs = grace.toMillis();
    this.catalog = catalog;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.windows = context.getStateStore(StoreNames.WINDOWS);
    this.state = context.getStateStore(StoreNames.SPIKES);
    context.schedule(Duration.ofMillis(Math.max(1000, sizeMs / 4)), PunctuationType.STREAM_TIME, this::evaluateClosedWindows);
  }

  @Override
  public void process(Record<String, String> record) {
    // the work happens on stream-time punctuation, once a window has closed
  }

  private void evaluateClosedWindows(long streamTime) {
    long latest = Math.floorDiv(streamTime - graceMs - sizeMs, sizeMs) * sizeMs;
    String saved = state.get(LAST_WINDOW);
    long next = saved == null ? latest : Long.parseLong(saved) + sizeMs;
    next = Math.max(next, latest - (MAX_WINDOWS_PER_PUNCTUATION - 1) * sizeMs);
    for (long w = next; w <= latest; w += sizeMs) {
      evaluate(w);
      state.put(LAST_WINDOW, Long.toString(w));
    }
  }

  private void evaluate(long windowStart) {
    String seenText = state.get(WINDOWS_SEEN);
    long seen = seenText == null ? 0 : Long.parseLong(seenText);
    boolean warm = seen >= spikes.warmupWindows();
    Map<String, Long> counts = countsOf(windowStart);
    try (KeyValueIterator<String, String> it = state.all()) {
      while (it.hasNext()) {
        String key = it.next().key;
        if (!key.startsWith("__")) {
          counts.putIfAbsent(key, 0L);
        }
      }
    }
    counts.forEach((key, count) -> observe(key, count, windowStart, warm));
    state.put(WINDOWS_SEEN, Long.toString(seen + 1));
  }

  private Map<String, Long> countsOf(long windowStart) {
    Map<String, Long> counts = new TreeMap<>();
    Instant at = Instant.ofEpochMilli(windowStart);
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it = windows.fetchAll(at, at)) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        long n = kv.value.value();
        counts.merge(kv.key.key(), n, Long::sum);
        counts.merge(CountKey.split(kv.key.key())[0] + CountKey.SEP + ALL_APPKEYS, n, Long::sum);
      }
    }
    return counts;
  }

  private void observe(String key, long count, long windowStart, boolean warm) {
    SpikeState s = SpikeState.decode(state.get(key));
    double threshold = s.threshold(spikes.ratio(), spikes.minCount());
    boolean spiking = warm && count >= threshold;
    if (spiking && !s.active()) {
      emit("start", key, windowStart, count, s);
    } else if (!spiking && s.active()) {
      emit("end", key, windowStart, count, s);
    }
    SpikeState next = s.learn(count, spikes.alpha(), spiking, windowStart);
    if (!next.active() && next.mean() < 0.01) {
      state.delete(key);
    } else {
      state.put(key, next.encode());
    }
  }

  private void emit(String type, String key, long windowStart, long count, SpikeState s) {
    String[] k = CountKey.split(key);
    int code = Integer.parseInt(k[0]);
    CatalogEntry entry = catalog.lookup(code, null).orElse(null);
    byte[] json = AlertJson.encode(type, code, entry, k[1], windowStart, windowStart + sizeMs, count, s.mean(),
        count / Math.max(1.0, s.mean()));
    context.forward(new Record<>(key.getBytes(StandardCharsets.UTF_8), json, windowStart + sizeMs));
  }
}
