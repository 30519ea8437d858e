package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.internals.CachedStateStore;
import org.apache.kafka.streams.state.internals.KeyValueStoreBuilder;
import org.apache.kafka.streams.state.internals.TimestampedWindowStoreBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write-behind stores hold writes until Kafka Streams flushes its caches before a commit, and
 * write each key's last value once then. (That the flush comes before the commit, so that counts
 * stay exactly-once across crashes, is what CrashRecoveryIT checks against a real broker.)
 */
class WriteBehindStoreTest {
  private static final long MINUTE = 60_000;
  private MockProcessorContext<Object, Object> context;
  /** Puts that reached the store below the write-behind layer. */
  private int writesBelow;

  @BeforeEach
  void context() throws Exception {
    context = new MockProcessorContext<>(TopologyTestSupport.streamsProperties("write-behind-test"));
  }

  private KeyValueStore<String, Long> keyValueStore() {
    KeyValueBytesStoreSupplier memory = Stores.inMemoryKeyValueStore("counts");
    KeyValueBytesStoreSupplier counting = new KeyValueBytesStoreSupplier() {
      @Override
      public String name() {
        return memory.name();
      }

      @Override
      public KeyValueStore<Bytes, byte[]> get() {
        return new CountingKeyValueStore(memory.get());
      }

      @Override
      public String metricsScope() {
        return memory.metricsScope();
      }
    };
    KeyValueStoreBuilder<String, Long> builder = WriteBehindKeyValueStore.builder(counting, Serdes.String(), Serdes.Long());
    KeyValueStore<String, Long> store = builder.withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    return store;
  }

  private static List<KeyValue<String, Long>> all(KeyValueStore<String, Long> store) {
    List<KeyValue<String, Long>> out = new ArrayList<>();
    try (KeyValueIterator<String, Long> it = store.all()) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  private static void flush(Object store) {
    ((CachedStateStore<?, ?>) store).flushCache();
  }

  @Test
  void shouldWriteEachKeysLastValueOnceWhenFlushed() {
    KeyValueStore<String, Long> store = keyValueStore();
    for (long i = 1; i <= 1000; i++) {
      store.put("busy", i);
    }
    store.put("quiet", 7L);
    assertThat(store.get("busy")).isEqualTo(1000L);
    assertThat(all(store)).as("nothing is written below before the flush").isEmpty();
    assertThat(writesBelow).isZero();

    flush(store);
    assertThat(all(store)).containsExactly(KeyValue.pair("busy", 1000L), KeyValue.pair("quiet", 7L));
    assertThat(writesBelow).isEqualTo(2);
    assertThat(store.get("busy")).isEqualTo(1000L);

    flush(store);
    assertThat(writesBelow).as("a flush with nothing pending writes nothing").isEqualTo(2);
  }

  @Test
  void shouldReadAPendingDeleteAsAbsentAndApplyItWhenFlushed() {
    KeyValueStore<String, Long> store = keyValueStore();
    store.put("a", 1L);
    flush(store);
    assertThat(store.delete("a")).isEqualTo(1L);
    assertThat(store.get("a")).isNull();
    assertThat(store.putIfAbsent("a", 3L)).isNull();
    assertThat(store.putIfAbsent("a", 4L)).isEqualTo(3L);
    store.delete("a");
    flush(store);
    assertThat(all(store)).isEmpty();
    assertThat(store.get("a")).isNull();
  }

  @Test
  void shouldDropPendingWritesWhenTheCacheIsClearedOrTheStoreClosed() {
    KeyValueStore<String, Long> store = keyValueStore();
    store.put("kept", 1L);
    flush(store);
    store.put("kept", 2L);
    store.put("lost", 5L);
    ((CachedStateStore<?, ?>) store).clearCache();
    assertThat(store.get("kept")).as("the committed value").isEqualTo(1L);
    assertThat(store.get("lost")).isNull();
    flush(store);
    assertThat(all(store)).containsExactly(KeyValue.pair("kept", 1L));
    store.put("gone", 9L);
    store.close();
    assertThat(writesBelow).isEqualTo(1);
  }

  @Test
  void shouldShowPendingWritesOnlyToTheThreadThatMadeThem() throws Exception {
    KeyValueStore<String, Long> store = keyValueStore();
    store.put("a", 1L);
    flush(store);
    store.put("a", 2L);
    store.put("b", 5L);
    store.delete("a");
    store.put("c", 3L);
    // an interactive query runs on another thread: it reads what the last flush wrote
    assertThat(onAnotherThread(() -> java.util.Arrays.asList(store.get("a"), store.get("b"), store.get("c"))))
        .containsExactly(1L, null, null);
    assertThat(java.util.Arrays.asList(store.get("a"), store.get("b"), store.get("c"))).containsExactly(null, 5L, 3L);

    flush(store);
    assertThat(onAnotherThread(() -> java.util.Arrays.asList(store.get("a"), store.get("b"), store.get("c"))))
        .containsExactly(null, 5L, 3L);

    TimestampedWindowStoreBuilder<String, Long> builder = WriteBehindWindowStore.builder(
        Stores.inMemoryWindowStore("windows", Duration.ofHours(3), Duration.ofMillis(MINUTE), false), Serdes.String(), Serdes.Long());
    TimestampedWindowStore<String, Long> windows = builder.withLoggingDisabled().build();
    windows.init(context.getStateStoreContext(), windows);
    windows.put("803010|app", ValueAndTimestamp.make(4L, MINUTE), MINUTE);
    assertThat(onAnotherThread(() -> windows.fetch("803010|app", MINUTE))).isNull();
    assertThat(windows.fetch("803010|app", MINUTE)).isEqualTo(ValueAndTimestamp.make(4L, MINUTE));
    flush(windows);
    assertThat(onAnotherThread(() -> windows.fetch("803010|app", MINUTE))).isEqualTo(ValueAndTimestamp.make(4L, MINUTE));
  }

  private static <T> T onAnotherThread(java.util.concurrent.Callable<T> read) throws Exception {
    java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      return other.submit(read).get();
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void shouldHoldWindowWritesUntilTheFlush() {
    TimestampedWindowStoreBuilder<String, Long> builder = WriteBehindWindowStore.builder(
        Stores.inMemoryWindowStore("windows", Duration.ofHours(3), Duration.ofMillis(MINUTE), false), Serdes.String(), Serdes.Long());
    TimestampedWindowStore<String, Long> store = builder.withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    for (long i = 1; i <= 50; i++) {
      store.put("803010|app", ValueAndTimestamp.make(i, MINUTE + i), MINUTE);
    }
    store.put("803010|app", ValueAndTimestamp.make(1L, 2 * MINUTE), 2 * MINUTE);
    assertThat(store.fetch("803010|app", MINUTE)).isEqualTo(ValueAndTimestamp.make(50L, MINUTE + 50));
    assertThat(windows(store)).isEmpty();

    flush(store);
    assertThat(windows(store)).containsExactly("803010|app@60000=50", "803010|app@120000=1");
    assertThat(store.fetch("803010|app", MINUTE)).isEqualTo(ValueAndTimestamp.make(50L, MINUTE + 50));
    store.close();
  }

  @Test
  void shouldLetKafkaStreamsSeeTheTimestampedStoreBelow() {
    // restoring a window store from its changelog adds the record timestamps back to the values
    // only when Kafka Streams sees, through the registered store's layers, a timestamped store
    TimestampedWindowStore<String, Long> windows = WriteBehindWindowStore.builder(
        Stores.persistentTimestampedWindowStore("windows", Duration.ofHours(3), Duration.ofMillis(MINUTE), false),
        Serdes.String(), Serdes.Long()).build();
    assertThat(org.apache.kafka.streams.state.internals.WrappedStateStore.isTimestamped(windows)).isTrue();
    assertThat(org.apache.kafka.streams.state.internals.WrappedStateStore.isTimestamped(keyValueStore())).isFalse();
  }

  private static List<String> windows(TimestampedWindowStore<String, Long> store) {
    List<String> out = new ArrayList<>();
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<Long>> it = store.fetchAll(0, 10 * MINUTE)) {
      it.forEachRemaining(kv -> out.add(kv.key.key() + "@" + kv.key.window().start() + "=" + kv.value.value()));
    }
    return out;
  }

  /** An in-memory bytes store that counts the puts that reach it. */
  private final class CountingKeyValueStore extends org.apache.kafka.streams.state.internals.WrappedStateStore<
      KeyValueStore<Bytes, byte[]>, Bytes, byte[]> implements KeyValueStore<Bytes, byte[]> {
    CountingKeyValueStore(KeyValueStore<Bytes, byte[]> inner) {
      super(inner);
    }

    @Override
    public void put(Bytes key, byte[] value) {
      writesBelow++;
      wrapped().put(key, value);
    }

    @Override
    public byte[] putIfAbsent(Bytes key, byte[] value) {
      writesBelow++;
      return wrapped().putIfAbsent(key, value);
    }

    @Override
    public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
      writesBelow += entries.size();
      wrapped().putAll(entries);
    }

    @Override
    public byte[] delete(Bytes key) {
      return wrapped().delete(key);
    }

    @Override
    public byte[] get(Bytes key) {
      return wrapped().get(key);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
      return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> all() {
      return wrapped().all();
    }

    @Override
    public long approximateNumEntries() {
      return wrapped().approximateNumEntries();
    }
  }
}
