package io.jmsgerrors.topology;

import java.time.Instant;
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
  private final TreeMap<Long, WindowCounts> byStart = new TreeMap<>();
  /** The window of the last record counted, and its counts (most records fall in the same window). */
  private long lastStart = Long.MIN_VALUE;
  private WindowCounts lastSeries;

  /** The counts of the window starting at {@code windowStart}, to count an event in (added when new). */
  WindowCounts window(long windowStart) {
    if (windowStart != lastStart || lastSeries == null) {
      lastSeries = byStart.computeIfAbsent(windowStart, w -> new WindowCounts());
      lastStart = windowStart;
    }
    return lastSeries;
  }

  /** Takes out the window starting at {@code windowStart} (empty when nothing was counted in it). */
  WindowCounts remove(long windowStart) {
    WindowCounts series = byStart.remove(windowStart);
    if (series == lastSeries) {
      lastSeries = null;
    }
    return series == null ? new WindowCounts() : series;
  }

  /** Whether any event is counted in the windows starting from {@code from} to {@code to} (inclusive). */
  boolean holdsAny(long from, long to) {
    return byStart.subMap(from, true, to, true).values().stream().anyMatch(t -> t.size() > 0);
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
  static TreeMap<Long, WindowCounts> read(ReadOnlyWindowStore<String, ValueAndTimestamp<Long>> store,
      long from, long to) {
    TreeMap<Long, WindowCounts> out = new TreeMap<>();
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it =
        store.fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, ValueAndTimestamp<Long>> kv = it.next();
        out.computeIfAbsent(kv.key.window().start(), w -> new WindowCounts())
            .put(kv.key.key(), kv.value.value(), kv.value.timestamp());
      }
    }
    return out;
  }

  void clear() {
    byStart.clear();
    lastSeries = null;
  }
}
