package io.jmsgerrors.metrics;

import io.jmsgerrors.topology.CountKey;
import io.jmsgerrors.topology.SpikeStates;
import io.jmsgerrors.topology.StoreNames;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the counts from this instance's active tasks through interactive queries. While a store
 * cannot be queried (rebalance, restore), the last successful reading of the small stores (line
 * counts, late records, a window, spikes) is served, so exported counters neither vanish nor drop
 * for a scrape. The totals, one key per (code, appkey, platform) ever seen, are not copied: they
 * are read key by key ({@link #forEachTotal}), and a failed read throws, for the caller to serve
 * what it last made of them (the metrics collector keeps its last exported series).
 */
public final class StreamsStateSource implements StateSource {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsStateSource.class);

  private final KafkaStreams streams;
  private final Map<String, Map<String, Long>> lastGood = new ConcurrentHashMap<>();

  public StreamsStateSource(KafkaStreams streams) {
    this.streams = streams;
  }

  /** The totals summed by key; throws {@link InvalidStateStoreException} when they cannot be read now. */
  @Override
  public Map<String, Long> totals() {
    Map<String, Long> out = new HashMap<>();
    forEachTotal((key, n) -> out.merge(key, n, Long::sum));
    return out;
  }

  @Override
  public void forEachTotal(ObjLongConsumer<String> each) {
    visitTotals(ReadOnlyKeyValueStore::all, each);
  }

  /** A prefix scan of {@code code|}: the code's keys only, from each local task's store. */
  @Override
  public void forEachTotalOf(int code, ObjLongConsumer<String> each) {
    visitTotals(store -> store.prefixScan(CountKey.codePrefix(code), new StringSerializer()), each);
  }

  private void visitTotals(Function<ReadOnlyKeyValueStore<String, Long>, KeyValueIterator<String, Long>> range,
      ObjLongConsumer<String> each) {
    ReadOnlyKeyValueStore<String, Long> store = streams.store(
        StoreQueryParameters.fromNameAndType(StoreNames.TOTALS, QueryableStoreTypes.keyValueStore()));
    try (KeyValueIterator<String, Long> it = range.apply(store)) {
      while (it.hasNext()) {
        KeyValue<String, Long> kv = it.next();
        if (kv.value != null) {
          each.accept(kv.key, kv.value);
        }
      }
    }
  }

  @Override
  public Map<String, Long> lineCounts() {
    return readOr(StoreNames.LINE_COUNTS, () -> sumAll(StoreNames.LINE_COUNTS));
  }

  @Override
  public long lateRecords() {
    return readOr(StoreNames.LATE, () -> sumAll(StoreNames.LATE)).getOrDefault("late", 0L);
  }

  @Override
  public Map<String, Long> windowCounts(long windowStart) {
    return readOr(StoreNames.WINDOWS + "@" + windowStart, () -> {
      ReadOnlyWindowStore<String, Long> store = streams.store(
          StoreQueryParameters.fromNameAndType(StoreNames.WINDOWS, QueryableStoreTypes.windowStore()));
      Map<String, Long> out = new HashMap<>();
      Instant at = Instant.ofEpochMilli(windowStart);
      try (KeyValueIterator<Windowed<String>, Long> it = store.fetchAll(at, at)) {
        while (it.hasNext()) {
          KeyValue<Windowed<String>, Long> kv = it.next();
          out.merge(kv.key.key(), kv.value, Long::sum);
        }
      }
      return out;
    });
  }

  @Override
  public Set<String> activeSpikes() {
    Map<String, Long> active = readOr(StoreNames.SPIKES, () -> {
      ReadOnlyKeyValueStore<String, String> store = streams.store(
          StoreQueryParameters.fromNameAndType(StoreNames.SPIKES, QueryableStoreTypes.keyValueStore()));
      Map<String, Long> out = new HashMap<>();
      try (KeyValueIterator<String, String> it = store.all()) {
        while (it.hasNext()) {
          KeyValue<String, String> kv = it.next();
          if (SpikeStates.isActive(kv.value)) {
            out.put(kv.key, 1L);
          }
        }
      }
      return out;
    });
    return active.keySet();
  }

  @Override
  public boolean ready() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  private Map<String, Long> sumAll(String storeName) {
    ReadOnlyKeyValueStore<String, Long> store = streams.store(
        StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore()));
    Map<String, Long> out = new HashMap<>();
    try (KeyValueIterator<String, Long> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, Long> kv = it.next();
        out.merge(kv.key, kv.value, Long::sum);
      }
    }
    return out;
  }

  private Map<String, Long> readOr(String key, Supplier<Map<String, Long>> read) {
    try {
      Map<String, Long> m = read.get();
      if (key.contains("@")) {
        lastGood.keySet().removeIf(k -> k.startsWith(StoreNames.WINDOWS + "@"));
      }
      lastGood.put(key, m);
      return m;
    } catch (InvalidStateStoreException | IllegalStateException e) {
      LOG.warn("store {} not queryable now, serving the last reading: {}", key, e.getMessage());
      return lastGood.getOrDefault(key, Map.of());
    }
  }
}
