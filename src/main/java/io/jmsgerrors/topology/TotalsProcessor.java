package io.jmsgerrors.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the cumulative, exactly-once error totals per (code, appkey, platform), and passes records on. */
final class TotalsProcessor implements FixedKeyProcessor<String, String, String> {
  private FixedKeyProcessorContext<String, String> context;
  private KeyValueStore<String, Long> totals;

  @Override
  public void init(FixedKeyProcessorContext<String, String> context) {
    this.context = context;
    this.totals = context.getStateStore(StoreNames.TOTALS);
  }

  @Override
  public void process(FixedKeyRecord<String, String> record) {
    String key = CountKey.totalsKey(record.key(), record.value());
    Long n = totals.get(key);
    totals.put(key, n == null ? 1L : n + 1);
    context.forward(record);
  }
}
