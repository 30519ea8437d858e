package io.jmsgerrors.topology;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the cumulative, exactly-once error totals per (code, appkey, platform), and passes records on.
 *
 * <p>The store is the record of truth; the processor remembers the values it has read or written,
 * so an event costs one store write and no read. The memory is dropped in {@link #init}, which
 * Kafka Streams calls again whenever it (re)initialises the task, after restoring the store to its
 * last committed state.
 */
final class TotalsProcessor implements FixedKeyProcessor<String, String, String> {
  /** Past this many keys the memory starts over (it is only a cache of the store). */
  private static final int MAX_KNOWN = 200_000;
  private final Map<String, long[]> known = new HashMap<>();
  private FixedKeyProcessorContext<String, String> context;
  private KeyValueStore<String, Long> totals;

  @Override
  public void init(FixedKeyProcessorContext<String, String> context) {
    this.context = context;
    this.totals = context.getStateStore(StoreNames.TOTALS);
    known.clear();
  }

  @Override
  public void process(FixedKeyRecord<String, String> record) {
    String key = CountKey.totalsKey(record.key(), record.value());
    long[] n = known.get(key);
    if (n == null) {
      if (known.size() >= MAX_KNOWN) {
        known.clear();
      }
      Long stored = totals.get(key);
      n = new long[] {stored == null ? 0L : stored};
      known.put(key, n);
    }
    n[0]++;
    totals.put(key, n[0]);
    context.forward(record);
  }

  @Override
  public void close() {
    known.clear();
  }
}
