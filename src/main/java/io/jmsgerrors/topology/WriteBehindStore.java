package io.jmsgerrors.topology;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A store that keeps the writes of the current commit interval in a hash map and writes them, the
 * last value of each key, to the store below it (metered, change-logged, RocksDB) when Kafka
 * Streams flushes its caches before a commit. It takes the place of Kafka Streams' record cache
 * for stores that are written for every event and hardly read: the record cache keeps a sorted
 * map of serialized keys, a dirty-key set and a hit-ratio sensor, and looks every dirty key up
 * again when it flushes, which was about half of the stream thread's time in the benchmark
 * (docs/BENCHMARKS.md). Writes of a busy key within a commit still reach the changelog once.
 *
 * <p>Exactly-once rests on the same hook as the record cache's: Kafka Streams calls
 * {@link #flushCache()} on every registered {@link CachedStateStore} before it commits a task, so
 * the pending writes reach the changelog in the transaction of the records that caused them. A
 * task closed without a commit drops them ({@link #clearCache()}, {@link #close()}), and its state
 * is restored from the changelog like any other store's. Each pending write keeps the record
 * context it was made in and is written under it, so changelog records carry the time of the
 * record that caused them, as with the record cache.
 *
 * <p>Reads by key on the thread that made the pending writes (the stream thread running the task)
 * see them. Every other read, iterators and interactive queries from other threads, sees what the
 * last flush wrote (at most one commit interval behind), never a write of the open transaction that
 * has not reached the store below. So the pending writes are a plain map that only that thread
 * touches while the task runs: a concurrent map's atomic updates cost 5-10% of the stream thread.
 *
 * <p>It is a {@link WrappedStateStore}, so that Kafka Streams' checks that look through a store's
 * layers still see what lies below: a window store restored from its changelog is restored as a
 * timestamped store only when the registered store is, or wraps, one.
 */
abstract class WriteBehindStore<S extends StateStore, P> extends WrappedStateStore<S, Object, Object> {
  /** A pending write: the value (or {@link #DELETED}) and the record context it was made in. */
  record Pending(Object value, ProcessorRecordContext context) {
    /** The value a read sees: {@code null} for a pending delete. */
    Object current() {
      return value == DELETED ? null : value;
    }
  }

  /** The value of a pending delete (the map holds no nulls). */
  static final Object DELETED = new Object();

  /** The pending writes; read and written only by {@link #writer}. */
  private final HashMap<P, Pending> pending = new HashMap<>();
  /** The thread that made the pending writes: the stream thread running the store's task. */
  private Thread writer;
  private InternalProcessorContext<?, ?> context;

  WriteBehindStore(S inner) {
    super(inner);
  }

  /** Writes one pending value to the store below; {@code null} deletes the key, as a put of null does there. */
  abstract void write(P key, Object value);

  /** Holds a write of {@code value} ({@code null}: a delete) until the next flush. */
  final void defer(P key, Object value) {
    writer = Thread.currentThread();
    pending.put(key, new Pending(value == null ? DELETED : value, context == null ? null : context.recordContext()));
  }

  /**
   * The pending write of {@code key} when the calling thread made the pending writes, else
   * {@code null}: any other thread reads the store below, as the last flush left it.
   */
  final Pending pending(P key) {
    return Thread.currentThread() == writer ? pending.get(key) : null;
  }

  @Override
  public void init(StateStoreContext stateStoreContext, StateStore root) {
    pending.clear();
    // a test's mock context is no internal one: writes then keep the context of the flush
    context = stateStoreContext instanceof InternalProcessorContext<?, ?> internal ? internal : null;
    super.init(stateStoreContext, root);
  }

  @Override
  public void flushCache() {
    if (!pending.isEmpty()) {
      ProcessorRecordContext current = context == null ? null : context.recordContext();
      try {
        for (Map.Entry<P, Pending> e : pending.entrySet()) {
          Pending p = e.getValue();
          if (p.context() != null) {
            context.setRecordContext(p.context());
          }
          write(e.getKey(), p.current());
        }
      } finally {
        if (context != null) {
          context.setRecordContext(current);
        }
      }
      pending.clear();
    }
    super.flushCache();
  }

  @Override
  public void clearCache() {
    pending.clear();
    super.clearCache();
  }

  @Override
  public boolean setFlushListener(CacheFlushListener<Object, Object> listener, boolean sendOldValues) {
    return false;
  }

  @Override
  public void close() {
    pending.clear();
    super.close();
  }
}
