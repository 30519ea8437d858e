package io.jmsgerrors.web;

import io.jmsgerrors.metrics.StateSource;
import io.jmsgerrors.topology.CountKey;
import io.jmsgerrors.topology.StoreNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** Reads this instance's active tasks' stores through interactive queries. */
public final class StreamsLocalView implements LocalView {
  private static final int MAX_WINDOW_ROWS = 200_000;

  private final KafkaStreams streams;
  private final StateSource state;

  public StreamsLocalView(KafkaStreams streams, StateSource state) {
    this.streams = streams;
    this.state = state;
  }

  @Override
  public List<WindowCount> windows(long fromStart, long toStart) {
    return unlessUnavailable(() -> {
      List<WindowCount> out = new ArrayList<>();
      ReadOnlyWindowStore<String, Long> store = streams.store(
          StoreQueryParameters.fromNameAndType(StoreNames.WINDOWS, QueryableStoreTypes.windowStore()));
      try (KeyValueIterator<Windowed<String>, Long> it =
               store.fetchAll(Instant.ofEpochMilli(fromStart), Instant.ofEpochMilli(toStart))) {
        while (it.hasNext() && out.size() < MAX_WINDOW_ROWS) {
          KeyValue<Windowed<String>, Long> kv = it.next();
          String[] parts = CountKey.split(kv.key.key());
          if (parts.length >= 2 && kv.value != null) {
            out.add(new WindowCount(Integer.parseInt(parts[0]), parts[1], kv.key.window().start(), kv.value));
          }
        }
      }
      return out;
    });
  }

  /** The window store cannot be queried now (rebalance, restore). */
  static final class StoresUnavailable extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    StoresUnavailable(Throwable cause) {
      super("state stores not queryable now (rebalance or restore in progress)", cause);
    }
  }

  @Override
  public Map<String, Long> totals() {
    return unlessUnavailable(state::totals);
  }

  @Override
  public void forEachTotal(ObjLongConsumer<String> each) {
    unlessUnavailable(() -> {
      state.forEachTotal(each);
      return null;
    });
  }

  @Override
  public void forEachTotalOf(int code, ObjLongConsumer<String> each) {
    unlessUnavailable(() -> {
      state.forEachTotalOf(code, each);
      return null;
    });
  }

  /** The read's answer; {@link StoresUnavailable} when Kafka Streams cannot be queried now. */
  private static <T> T unlessUnavailable(Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidStateStoreException | IllegalStateException e) {
      throw new StoresUnavailable(e);
    }
  }

  @Override
  public Set<String> activeSpikes() {
    return state.activeSpikes();
  }

  @Override
  public Map<String, Long> lineCounts() {
    return state.lineCounts();
  }

  @Override
  public long lateRecords() {
    return state.lateRecords();
  }

  @Override
  public long consumerLag() {
    long lag = 0;
    for (Metric m : streams.metrics().values()) {
      MetricName n = m.metricName();
      String client = n.tags().getOrDefault("client-id", "");
      if (n.group().equals("consumer-fetch-manager-metrics") && n.name().equals("records-lag")
          && n.tags().containsKey("partition") && client.endsWith("-consumer")
          && !client.endsWith("restore-consumer") && !client.endsWith("global-consumer")
          && m.metricValue() instanceof Double d && !d.isNaN()) {
        lag += d.longValue();
      }
    }
    return lag;
  }

  @Override
  public boolean ready() {
    return state.ready();
  }
}
