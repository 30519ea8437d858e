package io.jmsgerrors.topology;

import io.jmsgerrors.metrics.StateSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/** The metrics' view of a TopologyTestDriver's state stores. */
final class DriverStateSource implements StateSource {
  private final TopologyTestDriver driver;

  DriverStateSource(TopologyTestDriver driver) {
    this.driver = driver;
  }

  @Override
  public Map<String, Long> totals() {
    return all(StoreNames.TOTALS);
  }

  @Override
  public Map<String, Long> lineCounts() {
    return all(StoreNames.LINE_COUNTS);
  }

  @Override
  public long lateRecords() {
    return all(StoreNames.LATE).getOrDefault(LateRecordFilter.LATE, 0L);
  }

  @Override
  public Map<String, Long> windowCounts(long windowStart) {
    WindowStore<String, Long> store = driver.getWindowStore(StoreNames.WINDOWS);
    Map<String, Long> out = new HashMap<>();
    Instant at = Instant.ofEpochMilli(windowStart);
    try (KeyValueIterator<Windowed<String>, Long> it = store.fetchAll(at, at)) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, Long> kv = it.next();
        out.merge(kv.key.key(), kv.value, Long::sum);
      }
    }
    return out;
  }

  @Override
  public Set<String> activeSpikes() {
    KeyValueStore<String, String> store = driver.getKeyValueStore(StoreNames.SPIKES);
    Set<String> out = new HashSet<>();
    try (KeyValueIterator<String, String> it = store.all()) {
      it.forEachRemaining(kv -> {
        if (SpikeStates.isActive(kv.value)) {
          out.add(kv.key);
        }
      });
    }
    return out;
  }

  @Override
  public boolean ready() {
    return true;
  }

  private Map<String, Long> all(String name) {
    KeyValueStore<String, Long> store = driver.getKeyValueStore(name);
    Map<String, Long> out = new HashMap<>();
    try (KeyValueIterator<String, Long> it = store.all()) {
      it.forEachRemaining(kv -> out.merge(kv.key, kv.value, Long::sum));
    }
    return out;
  }
}
