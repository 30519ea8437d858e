package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WindowCounterTest {
  private static final long W = 1_795_564_800_000L;
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private MockProcessorContext<byte[], ClosedWindowOutput> context;
  private TimestampedWindowStore<String, Long> windows;
  private KeyValueStore<String, String> state;

  @BeforeEach
  void stores() throws Exception {
    context = new MockProcessorContext<>(TopologyTestSupport.streamsProperties("window-counter-test"));
    context.setCurrentSystemTimeMs(W);
    windows = Stores.timestampedWindowStoreBuilder(
            Stores.inMemoryWindowStore(StoreNames.WINDOWS, Duration.ofHours(3), MINUTE, false),
            Serdes.String(), Serdes.Long())
        .withLoggingDisabled().build();
    state = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(StoreNames.SPIKES), Serdes.String(), Serdes.String())
        .withLoggingDisabled().build();
    windows.init(context.getStateStoreContext(), windows);
    state.init(context.getStateStoreContext(), state);
    context.addStateStore(windows);
    context.addStateStore(state);
  }

  private static WindowCounter counter() {
    return new WindowCounter(new SpikeConfig(3.0, 20, 0.3, 5), MINUTE, Duration.ofSeconds(10), Catalog.builtIn());
  }

  /** Stores one event of each of {@code n} series of {@code code} in the window at {@code start}; returns their keys in drain order. */
  private List<String> storeSeries(int code, int n, long start) {
    List<String> keys = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(String.format("%d|%024d", code, i));
      windows.put(keys.get(i), ValueAndTimestamp.make(1L, start + 1), start);
    }
    keys.sort(WindowDrain.ORDER);
    return keys;
  }

  private List<String> forwardedKeys() {
    return context.forwarded().stream().map(f -> new String(f.record().key(), StandardCharsets.UTF_8)).toList();
  }

  @Test
  void shouldGoOnWritingAWindowFromWhereARestartedTaskLeftIt() {
    assertResumesInOrder(":h", WindowDrain.ORDER);
  }

  @Test
  void shouldGoOnInKeyOrderWithAWindowAnEarlierVersionWasWriting() {
    assertResumesInOrder("", java.util.Comparator.naturalOrder());
  }

  private void assertResumesInOrder(String orderSuffix, java.util.Comparator<String> order) {
    List<String> series = new java.util.ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      series.add(String.format("803010|%024d", i));
      windows.put(series.get(i), ValueAndTimestamp.make(i + 1L, W + 1), W);
    }
    series.sort(order);
    // what a task had stored when it stopped: window W closed, 40 of its counts written
    state.put(WindowCounter.LAST_WINDOW, Long.toString(W));
    state.put(WindowCounter.DRAINING, W + ":40" + orderSuffix);

    WindowCounter counter = counter();
    counter.init(context);
    List<MockProcessorContext.CapturedPunctuator> punctuators = context.scheduledPunctuators();
    assertThat(punctuators).hasSize(1);
    punctuators.get(0).getPunctuator().punctuate(W + 100);
    assertThat(forwardedKeys()).containsExactlyElementsOf(series.subList(40, 40 + WindowDrain.MIN_PER_PERIOD)
        .stream().map(k -> k + "|" + W).toList());
    // the order stays what it was, for the next restart
    assertThat(state.get(WindowCounter.DRAINING)).isEqualTo(W + ":" + (40 + WindowDrain.MIN_PER_PERIOD) + orderSuffix);
    // past the deadline (the spread after the restart), the rest at once
    punctuators.get(0).getPunctuator().punctuate(W + 200_000);

    assertThat(forwardedKeys()).containsExactlyElementsOf(series.subList(40, 1_000).stream().map(k -> k + "|" + W).toList());
    assertThat(context.forwarded()).allMatch(f -> f.record().value().isRate() && f.record().timestamp() == W + 60_000);
    assertThat(state.get(WindowCounter.DRAINING)).isNull();
  }

  @Test
  void shouldGoOnCountingTheOpenWindowsARestartedTaskHadStored() {
    // stored by the task before it stopped: window W closed, W + 1 min open with two series
    state.put(WindowCounter.LAST_WINDOW, Long.toString(W));
    windows.put("803010|a", ValueAndTimestamp.make(7L, W + 61_000), W + 60_000);
    windows.put("803010|b", ValueAndTimestamp.make(2L, W + 62_000), W + 60_000);

    WindowCounter counter = counter();
    counter.init(context);
    context.setRecordMetadata("events", 0, 0);
    context.setCurrentStreamTimeMs(W + 63_000);
    counter.process(new Record<>("803010|a", "e", W + 63_000));
    assertThat(windows.fetch("803010|a", W + 60_000)).isEqualTo(ValueAndTimestamp.make(8L, W + 63_000));

    // past the window's end plus grace: it closes, and its counts are written over the next period
    context.setCurrentStreamTimeMs(W + 130_000);
    counter.process(new Record<>("803010|b", "e", W + 130_000));
    assertThat(state.get(WindowCounter.LAST_WINDOW)).isEqualTo(Long.toString(W + 60_000));
    assertThat(context.forwarded()).extracting(f -> new String(f.record().key(), StandardCharsets.UTF_8)
            + "=" + countOf(f.record().value().rate()))
        .containsExactly("803010|a|" + (W + 60_000) + "=8", "803010|b|" + (W + 60_000) + "=2");
    assertThat(windows.fetch("803010|b", W + 120_000)).isEqualTo(ValueAndTimestamp.make(1L, W + 130_000));
  }

  private static String countOf(byte[] rateJson) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(rateJson).path("count").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void shouldSpreadTheWindowsOneRecordClosesAndGoOnWithAllOfThemAfterARestart() {
    state.put(WindowCounter.LAST_WINDOW, Long.toString(W - 60_000));
    List<String> first = storeSeries(803010, 1_000, W);
    List<String> second = storeSeries(871303, 500, W + 60_000);

    WindowCounter counter = counter();
    counter.init(context);
    context.setRecordMetadata("events", 0, 0);
    context.setCurrentStreamTimeMs(W + 130_000);
    counter.process(new Record<>("803010|x", "e", W + 130_000));
    // both windows closed by one record, neither written at once
    assertThat(state.get(WindowCounter.LAST_WINDOW)).isEqualTo(Long.toString(W + 60_000));
    assertThat(context.forwarded()).isEmpty();
    assertThat(state.get(WindowCounter.DRAINING)).isEqualTo(W + ":0:h");
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(W + 100);
    assertThat(forwardedKeys()).containsExactlyElementsOf(first.subList(0, 100).stream().map(k -> k + "|" + W).toList());
    assertThat(state.get(WindowCounter.DRAINING)).isEqualTo(W + ":100:h");

    // a restart: the task reads both windows back and goes on where it stopped
    counter.close();
    context.resetForwards();
    WindowCounter restarted = counter();
    restarted.init(context);
    List<MockProcessorContext.CapturedPunctuator> punctuators = context.scheduledPunctuators();
    punctuators.get(punctuators.size() - 1).getPunctuator().punctuate(W + 200_000);
    List<String> expected = new java.util.ArrayList<>();
    first.subList(100, 1_000).forEach(k -> expected.add(k + "|" + W));
    second.forEach(k -> expected.add(k + "|" + (W + 60_000)));
    assertThat(forwardedKeys()).containsExactlyElementsOf(expected);
    assertThat(state.get(WindowCounter.DRAINING)).isNull();
  }

  @Test
  void shouldGoOnSpreadingAWindowWhenTheNextOneClosesEmpty() {
    // window W holds 1,000 series; nothing came in the window after it (a gap in the input)
    state.put(WindowCounter.LAST_WINDOW, Long.toString(W - 60_000));
    List<String> series = storeSeries(803010, 1_000, W);
    WindowCounter counter = counter();
    counter.init(context);
    context.setRecordMetadata("events", 0, 0);
    context.setCurrentStreamTimeMs(W + 125_000);
    counter.process(new Record<>("803010|x", "e", W + 125_000));
    assertThat(state.get(WindowCounter.DRAINING)).isEqualTo(W + ":0:h");
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(W + 100);
    assertThat(forwardedKeys()).hasSize(WindowDrain.MIN_PER_PERIOD);

    // the empty window W + 1 min closes: W goes on at its pace, not at once
    context.setCurrentStreamTimeMs(W + 135_000);
    counter.process(new Record<>("803010|x", "e", W + 135_000));
    assertThat(state.get(WindowCounter.LAST_WINDOW)).isEqualTo(Long.toString(W + 60_000));
    assertThat(forwardedKeys()).hasSize(WindowDrain.MIN_PER_PERIOD);
    assertThat(state.get(WindowCounter.DRAINING)).isEqualTo(W + ":" + WindowDrain.MIN_PER_PERIOD + ":h");

    // a restart goes on with W, and the empty window adds nothing
    counter.close();
    WindowCounter restarted = counter();
    restarted.init(context);
    List<MockProcessorContext.CapturedPunctuator> punctuators = context.scheduledPunctuators();
    punctuators.get(punctuators.size() - 1).getPunctuator().punctuate(W + 200_000);
    assertThat(forwardedKeys()).containsExactlyElementsOf(series.stream().map(k -> k + "|" + W).toList());
    assertThat(state.get(WindowCounter.DRAINING)).isNull();

    // the next window that holds counts still finishes nothing early: there is nothing left
    context.resetForwards();
    context.setCurrentStreamTimeMs(W + 195_000);
    restarted.process(new Record<>("803010|y", "e", W + 195_000));
    assertThat(forwardedKeys()).containsExactly("803010|x|" + (W + 120_000));
  }
}
