package io.jmsgerrors.topology;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The counts of one task's windows that are not closed yet, in memory: {count, latest timestamp}
 * per {@code code|appkey} and window start, the same as the window store holds for them. Counting
 * reads no store, and closing a window reads nothing back.
 */
final class OpenWindows {
  private final TreeMap<Long, Map<String, long[]>> byStart = new TreeMap<>();
  /** The window of the last record counted, and its counts (most records fall in the same window). */
  private long lastStart = Long.MIN_VALUE;
  private Map<String, long[]> lastSeries;

  /** Counts one event of {@code key} at {@code ts} in the window starting at {@code windowStart}; returns its {count, latest timestamp}. */
  long[] count(String key, long windowStart, long ts) {
    if (windowStart != lastStart || lastSeries == null) {
      lastSeries = byStart.computeIfAbsent(windowStart, w -> new HashMap<>());
      lastStart = windowStart;
    }
    long[] c = lastSeries.get(key);
    if (c == null) {
      c = new long[] {0, ts};
      lastSeries.put(key, c);
    }
    c[0]++;
    c[1] = Math.max(c[1], ts);
    return c;
  }

  /** Takes out the window starting at {@code windowStart} (empty when nothing was counted in it). */
  Map<String, long[]> remove(long windowStart) {
    Map<String, long[]> series = byStart.remove(windowStart);
    if (series == lastSeries) {
      lastSeries = null;
    }
    return series == null ? Map.of() : series;
  }

  /** Whether any event is counted in the windows starting from {@code from} to {@code to} (inclusive). */
  boolean holdsAny(long from, long to) {
    return byStart.subMap(from, true, to, true).values().stream().anyMatch(m -> !m.isEmpty());
  }

  /** Forgets the windows starting at or before {@code windowStart}. */
  void removeThrough(long windowStart) {
    byStart.headMap(windowStart, true).clear();
    lastSeries = null;
  }

  /** Replaces what is held with the windows of {@code store} starting at or after {@code from}. */
  void load(ReadOnlyWindowStore<String, ValueAndTimestamp<Long>> store, long from) {
    clear();
    byStart.putAll(read(store, from, Long.MAX_VALUE));
  }

  /**
   * The counts {@code store} holds for the windows starting from {@code from} to {@code to}
   * (inclusive), by window start: {count, latest timestamp} per {@code code|appkey}.
   */
  static TreeMap<Long, Map<String, long[]>> read(ReadOnlyWindowStore<String, ValueAndTimestamp<Long>> store,
      long from, long to) {
    TreeMap<Long, Map<String, long[]>> out = new TreeMap<>();
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it =
        store.fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        out.computeIfAbsent(kv.key.window().start(), w -> new HashMap<>())
            .put(kv.key.key(), new long[] {kv.value.value(), kv.value.timestamp()});
      }
    }
    return out;
  }

  void clear() {
    byStart.clear();
    lastSeries = null;
  }
}
