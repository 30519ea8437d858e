package io.jmsgerrors.topology;

import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.state.internals.TimestampedWindowStoreBuilder;

/**
 * A timestamped window store whose writes wait for the next commit ({@link WriteBehindStore}).
 * Reads of one key in one window on the writing thread see pending writes; every other read sees
 * the last flush.
 */
final class WriteBehindWindowStore<K, V> extends WriteBehindStore<TimestampedWindowStore<K, V>, WriteBehindWindowStore.At<K>>
    implements TimestampedWindowStore<K, V> {
  /** A key in the window that starts at {@code start}. */
  record At<K>(K key, long start) {}

  WriteBehindWindowStore(TimestampedWindowStore<K, V> inner) {
    super(inner);
  }

  /**
   * The builder: Kafka Streams' own (logged, no record cache) around {@code supplier}, and this
   * store around what it builds. A subclass of {@link TimestampedWindowStoreBuilder}, so Kafka
   * Streams gives the changelog the window retention exactly as for the plain builder.
   */
  static <K, V> TimestampedWindowStoreBuilder<K, V> builder(WindowBytesStoreSupplier supplier, Serde<K> keySerde, Serde<V> valueSerde) {
    return new TimestampedWindowStoreBuilder<>(supplier, keySerde, valueSerde, Time.SYSTEM) {
      @Override
      public TimestampedWindowStore<K, V> build() {
        return new WriteBehindWindowStore<>(super.build());
      }
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  void write(At<K> at, Object value) {
    wrapped().put(at.key(), (ValueAndTimestamp<V>) value, at.start());
  }

  @Override
  public void put(K key, ValueAndTimestamp<V> value, long windowStartTimestamp) {
    defer(new At<>(key, windowStartTimestamp), value);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ValueAndTimestamp<V> fetch(K key, long time) {
    Pending p = pending(new At<>(key, time));
    return p == null ? wrapped().fetch(key, time) : (ValueAndTimestamp<V>) p.current();
  }

  @Override
  public WindowStoreIterator<ValueAndTimestamp<V>> fetch(K key, long timeFrom, long timeTo) {
    return wrapped().fetch(key, timeFrom, timeTo);
  }

  @Override
  public WindowStoreIterator<ValueAndTimestamp<V>> backwardFetch(K key, long timeFrom, long timeTo) {
    return wrapped().backwardFetch(key, timeFrom, timeTo);
  }

  @Override
  public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> fetch(K keyFrom, K keyTo, long timeFrom, long timeTo) {
    return wrapped().fetch(keyFrom, keyTo, timeFrom, timeTo);
  }

  @Override
  public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> backwardFetch(K keyFrom, K keyTo, long timeFrom, long timeTo) {
    return wrapped().backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
  }

  @Override
  public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> fetchAll(long timeFrom, long timeTo) {
    return wrapped().fetchAll(timeFrom, timeTo);
  }

  @Override
  public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> backwardFetchAll(long timeFrom, long timeTo) {
    return wrapped().backwardFetchAll(timeFrom, timeTo);
  }

  @Override
  public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> all() {
    return wrapped().all();
  }

  @Override
  public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> backwardAll() {
    return wrapped().backwardAll();
  }

  @Override
  public ReadOnlyWindowStore<K, ValueAndTimestamp<V>> readOnly(IsolationLevel isolationLevel) {
    return wrapped().readOnly(isolationLevel);
  }
}
