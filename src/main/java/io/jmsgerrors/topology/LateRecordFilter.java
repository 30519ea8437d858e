package io.jmsgerrors.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops and counts records whose window has closed (window end + grace at or before the observed
 * stream time), keeping stream time in a store so the rule survives restarts. Because it drops
 * exactly what a window aggregation with the same grace would, the aggregation after it never
 * drops a record silently.
 */
final class LateRecordFilter implements FixedKeyProcessor<String, String, String> {
  static final String STREAM_TIME = "stream-time";
  static final String LATE = "late";

  private final long windowMs;
  private final long graceMs;
  private FixedKeyProcessorContext<String, String> context;
  private KeyValueStore<String, Long> store;
  private long streamTime = Long.MIN_VALUE;

  LateRecordFilter(long windowMs, long graceMs) {
    this.windowMs = windowMs;
    this.graceMs = graceMs;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, String> context) {
    this.context = context;
    this.store = context.getStateStore(StoreNames.LATE);
    Long saved = store.get(STREAM_TIME);
    streamTime = saved == null ? Long.MIN_VALUE : saved;
  }

  @Override
  public void process(FixedKeyRecord<String, String> record) {
    long ts = record.timestamp();
    if (ts > streamTime) {
      streamTime = ts;
      store.put(STREAM_TIME, ts);
    }
    long windowEnd = ts - Math.floorMod(ts, windowMs) + windowMs;
    if (windowEnd + graceMs <= streamTime) {
      Long n = store.get(LATE);
      store.put(LATE, n == null ? 1L : n + 1);
      return;
    }
    context.forward(record);
  }
}
