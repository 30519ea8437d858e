package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class TotalsProcessorTest {
  @Test
  void shouldKeepExactTotalsWhenItsMemoryOfKeysStartsOverManyTimes() throws Exception {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.TOTALS),
        Serdes.String(), Serdes.Long()).withCachingEnabled());
    builder.stream("events", Consumed.with(Serdes.String(), Serdes.String()))
        .processValues(() -> new TotalsProcessor(3), StoreNames.TOTALS);
    Properties props = TopologyTestSupport.streamsProperties("totals-test");
    Map<String, Long> expected = new HashMap<>();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, String> in = driver.createInputTopic("events",
          Serdes.String().serializer(), Serdes.String().serializer());
      java.util.Random r = new java.util.Random(7);
      for (int i = 0; i < 5_000; i++) {
        // a few hot keys among many cold ones, more keys than the processor remembers
        String windowKey = r.nextInt(4) == 0 ? "803010|none" : (800000 + r.nextInt(20)) + "|app" + r.nextInt(40);
        String platform = r.nextBoolean() ? "server" : "android";
        in.pipeInput(windowKey, platform);
        expected.merge(CountKey.totalsKey(windowKey, platform), 1L, Long::sum);
      }
      KeyValueStore<String, Long> store = driver.getKeyValueStore(StoreNames.TOTALS);
      Map<String, Long> actual = new HashMap<>();
      store.all().forEachRemaining(kv -> actual.put(kv.key, kv.value));
      assertThat(expected).hasSizeGreaterThan(100);
      assertThat(actual).isEqualTo(expected);
    }
  }
}
