package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.ConfigLoader;
import io.jmsgerrors.config.Setting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParseProcessorTest {
  private static final String ERROR_LINE = TopologyTestSupport.restError(803010, TopologyTestSupport.APPKEY);

  private TopologyConfig config;
  private MockProcessorContext<byte[], Parsed> context;
  private KeyValueStore<String, Long> lineCounts;

  @BeforeEach
  void setUp() throws Exception {
    config = TopologyConfig.from(ConfigLoader.load(
        Map.of("STATE_DIR", Files.createTempDirectory("jmsg-parse").toString()), new EnumMap<>(Setting.class)),
        Catalog.builtIn());
    context = new MockProcessorContext<>(TopologyTestSupport.streamsProperties("parse-processor-test"));
    lineCounts = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoreNames.LINE_COUNTS),
        Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
    lineCounts.init(context.getStateStoreContext(), lineCounts);
    context.addStateStore(lineCounts);
    TimestampedKeyValueStore<String, byte[]> catalog = Stores.timestampedKeyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(StoreNames.CATALOG), Serdes.String(), Serdes.ByteArray())
        .withLoggingDisabled().build();
    catalog.init(context.getStateStoreContext(), catalog);
    context.addStateStore(catalog);
    context.setRecordMetadata("jmessage.logs", 2, 40);
  }

  @Test
  void shouldCountEveryRecordByStatusInTheStore() {
    ParseProcessor p = new ParseProcessor(config, new CatalogRecordDecodes());
    p.init(context);

    process(p, ERROR_LINE);
    process(p, ERROR_LINE);
    process(p, TopologyTestSupport.plainLine());

    assertThat(lineCounts.get(LineStatus.WITH_ERRORS.id())).isEqualTo(2L);
    assertThat(lineCounts.get(LineStatus.WITHOUT_ERRORS.id())).isEqualTo(1L);
    assertThat(lineCounts.get(LineStatus.DEAD_LETTERED.id())).isNull();
  }

  @Test
  void shouldContinueFromTheStoreWhenStreamsInitialisesTheSameProcessorAgain() {
    ParseProcessor p = new ParseProcessor(config, new CatalogRecordDecodes());
    p.init(context);
    process(p, ERROR_LINE);
    process(p, ERROR_LINE);
    // An aborted transaction: Streams restores the store to the committed counts and calls init again.
    lineCounts.put(LineStatus.WITH_ERRORS.id(), 41L);
    lineCounts.put(LineStatus.WITHOUT_ERRORS.id(), 7L);
    lineCounts.delete(LineStatus.DEAD_LETTERED.id());

    p.init(context);
    process(p, ERROR_LINE);
    process(p, TopologyTestSupport.plainLine());

    assertThat(lineCounts.get(LineStatus.WITH_ERRORS.id())).isEqualTo(42L);
    assertThat(lineCounts.get(LineStatus.WITHOUT_ERRORS.id())).isEqualTo(8L);
  }

  @Test
  void shouldContinueFromTheStoreInANewProcessor() {
    lineCounts.put(LineStatus.WITH_ERRORS.id(), 100L);
    lineCounts.put(LineStatus.DEAD_LETTERED.id(), 3L);
    ParseProcessor p = new ParseProcessor(config, new CatalogRecordDecodes());
    p.init(context);

    process(p, ERROR_LINE);
    process(p, "x".repeat(config.maxRecordBytes() + 1));

    assertThat(lineCounts.get(LineStatus.WITH_ERRORS.id())).isEqualTo(101L);
    assertThat(lineCounts.get(LineStatus.DEAD_LETTERED.id())).isEqualTo(4L);
    assertThat(lineCounts.get(LineStatus.WITHOUT_ERRORS.id())).isNull();
  }

  @Test
  void shouldForwardEachEventKeyedByItsCodeWithTheRecordsOrigin() {
    ParseProcessor p = new ParseProcessor(config, new CatalogRecordDecodes());
    p.init(context);

    process(p, ERROR_LINE + "\n" + ERROR_LINE.replace("803010", "803011"));

    assertThat(context.forwarded()).hasSize(2);
    var first = context.forwarded().get(0).record();
    var second = context.forwarded().get(1).record();
    assertThat(new String(first.key(), StandardCharsets.US_ASCII)).isEqualTo("803010");
    assertThat(new String(second.key(), StandardCharsets.US_ASCII)).isEqualTo("803011");
    assertThat(first.key()).isNotSameAs(second.key());
    EnrichedEvent e = first.value().event();
    assertThat(e.known()).isTrue();
    assertThat(e.message()).isEqualTo(Catalog.builtIn().find(803010, null).message());
    assertThat(e.topic()).isEqualTo("jmessage.logs");
    assertThat(e.partition()).isEqualTo(2);
    assertThat(e.offset()).isEqualTo(40);
  }

  private void process(ParseProcessor p, String line) {
    p.process(new Record<>(null, line.getBytes(StandardCharsets.UTF_8), 1_764_064_800_000L));
  }
}
