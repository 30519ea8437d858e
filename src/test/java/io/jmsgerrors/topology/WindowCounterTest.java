package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;

class WindowCounterTest {
  private static final long W = 1_795_564_800_000L;
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void shouldGoOnWritingAWindowFromWhereARestartedTaskLeftIt() throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "window-counter-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory("window-counter").toString());
    MockProcessorContext<byte[], ClosedWindowOutput> context = new MockProcessorContext<>(p);
    TimestampedWindowStore<String, Long> windows = Stores.timestampedWindowStoreBuilder(
            Stores.inMemoryWindowStore(StoreNames.WINDOWS, Duration.ofHours(3), MINUTE, false),
            Serdes.String(), Serdes.Long())
        .withLoggingDisabled().build();
    KeyValueStore<String, String> state = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(StoreNames.SPIKES), Serdes.String(), Serdes.String())
        .withLoggingDisabled().build();
    windows.init(context.getStateStoreContext(), windows);
    state.init(context.getStateStoreContext(), state);
    context.addStateStore(windows);
    context.addStateStore(state);
    for (int i = 0; i < 100; i++) {
      windows.put(String.format("803010|%024d", i), ValueAndTimestamp.make(i + 1L, W + 1), W);
    }
    // what a task had stored when it stopped: window W closed, 40 of its counts written
    state.put(WindowCounter.LAST_WINDOW, Long.toString(W));
    state.put(WindowCounter.DRAINING, W + ":40");

    WindowCounter counter = new WindowCounter(new SpikeConfig(3.0, 20, 0.3, 5), MINUTE, Duration.ofSeconds(10), Catalog.builtIn());
    counter.init(context);
    List<MockProcessorContext.CapturedPunctuator> punctuators = context.scheduledPunctuators();
    assertThat(punctuators).hasSize(1);
    punctuators.get(0).getPunctuator().punctuate(W + 200_000);

    List<String> keys = context.forwarded().stream()
        .map(f -> new String(f.record().key(), StandardCharsets.UTF_8)).toList();
    assertThat(keys).hasSize(60).doesNotHaveDuplicates()
        .startsWith(String.format("803010|%024d|%d", 40, W)).endsWith(String.format("803010|%024d|%d", 99, W));
    assertThat(context.forwarded()).allMatch(f -> f.record().value().isRate() && f.record().timestamp() == W + 60_000);
    assertThat(state.get(WindowCounter.DRAINING)).isNull();
  }
}
