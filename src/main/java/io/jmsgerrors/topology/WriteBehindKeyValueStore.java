package io.jmsgerrors.topology;

import java.util.List;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.internals.KeyValueStoreBuilder;

/** A key-value store whose writes wait for the next commit ({@link WriteBehindStore}). */
final class WriteBehindKeyValueStore<K, V> extends WriteBehindStore<KeyValueStore<K, V>, K> implements KeyValueStore<K, V> {
  WriteBehindKeyValueStore(KeyValueStore<K, V> inner) {
    super(inner);
  }

  /**
   * The builder: Kafka Streams' own (logged, no record cache) around {@code supplier}, and this
   * store around what it builds. A subclass of {@link KeyValueStoreBuilder}, so Kafka Streams
   * configures the changelog exactly as for the plain builder.
   */
  static <K, V> KeyValueStoreBuilder<K, V> builder(KeyValueBytesStoreSupplier supplier, Serde<K> keySerde, Serde<V> valueSerde) {
    return new KeyValueStoreBuilder<>(supplier, keySerde, valueSerde, Time.SYSTEM) {
      @Override
      public KeyValueStore<K, V> build() {
        return new WriteBehindKeyValueStore<>(super.build());
      }
    };
  }

  @Override
  void write(K key, Object value) {
    @SuppressWarnings("unchecked")
    V v = (V) value;
    wrapped().put(key, v);
  }

  @Override
  public void put(K key, V value) {
    defer(key, value);
  }

  @Override
  public V putIfAbsent(K key, V value) {
    V old = get(key);
    if (old == null) {
      put(key, value);
    }
    return old;
  }

  @Override
  public void putAll(List<KeyValue<K, V>> entries) {
    for (KeyValue<K, V> e : entries) {
      put(e.key, e.value);
    }
  }

  @Override
  public V delete(K key) {
    V old = get(key);
    defer(key, null);
    return old;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Pending p = pending(key);
    return p == null ? wrapped().get(key) : (V) p.current();
  }

  @Override
  public KeyValueIterator<K, V> range(K from, K to) {
    return wrapped().range(from, to);
  }

  @Override
  public KeyValueIterator<K, V> reverseRange(K from, K to) {
    return wrapped().reverseRange(from, to);
  }

  @Override
  public KeyValueIterator<K, V> all() {
    return wrapped().all();
  }

  @Override
  public KeyValueIterator<K, V> reverseAll() {
    return wrapped().reverseAll();
  }

  @Override
  public <PS extends org.apache.kafka.common.serialization.Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS serializer) {
    return wrapped().prefixScan(prefix, serializer);
  }

  @Override
  public long approximateNumEntries() {
    return wrapped().approximateNumEntries();
  }

  @Override
  public ReadOnlyKeyValueStore<K, V> readOnly(IsolationLevel isolationLevel) {
    return wrapped().readOnly(isolationLevel);
  }
}
