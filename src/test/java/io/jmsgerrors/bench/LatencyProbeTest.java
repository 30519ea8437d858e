package io.jmsgerrors.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.ConfigLoader;
import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.config.Setting;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import io.jmsgerrors.serde.EnrichedEventJson;
import io.jmsgerrors.topology.EnrichedEvent;
import io.jmsgerrors.topology.StoreNames;
import io.jmsgerrors.topology.TopologyConfig;
import io.jmsgerrors.topology.TopologyFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The probe's produce-to-counted measure rests on these: a marker is one error, counted under the key it watches. */
class LatencyProbeTest {
  @Test
  void shouldParseAMarkerLineAsOneServerErrorWithTheMarkersOwnAppkey() {
    List<ErrorEvent> events = new LogParser(Catalog.builtIn()).parse(LatencyProbe.markerLine(42));

    assertThat(events).hasSize(1);
    assertThat(events.get(0).code()).isEqualTo(LatencyProbe.MARKER_CODE);
    assertThat(events.get(0).appkey()).isEqualTo(LatencyProbe.markerAppkey(42)).hasSize(24);
    assertThat(events.get(0).platform().id()).isEqualTo("server");
  }

  @Test
  void shouldCountEachMarkerOnceUnderTheTotalsKeyTheProbeWatches() throws Exception {
    AppConfig config = ConfigLoader.load(Map.of("STATE_DIR", Files.createTempDirectory("jmsg-probe").toString()),
        new EnumMap<>(Setting.class));
    try (TopologyTestDriver driver = new TopologyTestDriver(
        TopologyFactory.build(TopologyConfig.from(config, Catalog.builtIn())), KafkaProperties.streams(config, "dummy:9092"))) {
      TestInputTopic<byte[], byte[]> logs = driver.createInputTopic(config.inputTopics().names().get(0),
          Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
      for (long seq : new long[] {0, 1, 1234567}) {
        logs.pipeInput(new TestRecord<>(null, LatencyProbe.markerLine(seq).getBytes(StandardCharsets.UTF_8),
            Instant.parse("2026-11-26T14:00:00Z").plusSeconds(seq % 60)));
      }

      KeyValueStore<String, Long> totals = driver.getKeyValueStore(StoreNames.TOTALS);
      assertThat(totals.get(LatencyProbe.markerTotalsKey(0))).isEqualTo(1L);
      assertThat(totals.get(LatencyProbe.markerTotalsKey(1))).isEqualTo(1L);
      assertThat(totals.get(LatencyProbe.markerTotalsKey(1234567))).isEqualTo(1L);
    }
  }

  @Test
  void shouldReadTheOriginOfAnEnrichedRecordFromItsBytesAndNotFromAnExcerptThatLooksLikeOne() {
    EnrichedEvent e = new EnrichedEvent(803010, true, "group", "m", "d", "h", "server", "server", "k", 1L,
        "jmessage.logs", 5, 1234567890123L, "\"origin\":{\"topic\":\"x\",\"partition\":9,\"offset\":9}");

    assertThat(LatencyProbe.originKey(EnrichedEventJson.encode(e))).isEqualTo(LatencyProbe.key(5, 1234567890123L));
  }

  @Test
  void shouldGiveCorpusRecordsMadeAheadTheLogTimeTheyAreDueToBeSent() {
    CorpusLoader corpus = new CorpusLoader(100, true);
    long due = Instant.parse("2031-01-02T03:04:05Z").toEpochMilli();
    String made = "";
    for (int i = 0; i < 50 && !made.contains("2031-01-02"); i++) {
      made = new String(corpus.nextAt(due), StandardCharsets.UTF_8);
    }

    assertThat(made).contains("2031-01-02");
    assertThat(new String(corpus.next(), StandardCharsets.UTF_8)).doesNotContain("2031-01-02");
  }

  @Test
  void shouldReadTheMarkerNumberBackFromItsKeyAndNothingFromOtherKeys() {
    assertThat(LatencyProbe.markerSeq(LatencyProbe.markerTotalsKey(987654321))).isEqualTo(987654321);
    assertThat(LatencyProbe.markerSeq("803010|4f7aef34fb361292c566a1cd|server")).isEqualTo(-1);
    assertThat(LatencyProbe.markerSeq("803010|mk0000000000000000000001|android")).isEqualTo(-1);
    assertThat(LatencyProbe.markerSeq("899003|mk0000000000000000000001|server")).isEqualTo(-1);
  }
}
