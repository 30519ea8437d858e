package io.jmsgerrors.topology;

import static io.jmsgerrors.topology.TopologyTestSupport.APPKEY;
import static io.jmsgerrors.topology.TopologyTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.serde.CatalogRecords;
import io.jmsgerrors.serde.EnrichedEventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class TopologyFactoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldWriteOneEnrichedEventPerErrorWithMeaningAndOrigin() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0);

      List<TestRecord<byte[], byte[]>> out = t.allOf(t.enriched);
      assertThat(out).hasSize(1);
      EnrichedEvent e = EnrichedEventJson.decode(out.get(0).value());
      assertThat(e.code()).isEqualTo(803010);
      assertThat(e.known()).isTrue();
      assertThat(e.category()).isEqualTo(Catalog.builtIn().lookup(803010, null).orElseThrow().category().id());
      assertThat(e.message()).isNotEmpty();
      assertThat(e.description()).isNotEmpty();
      assertThat(e.topic()).isEqualTo("jmessage.logs");
      assertThat(e.offset()).isZero();
      assertThat(e.excerpt()).contains("803010");
      JsonNode raw = JSON.readTree(out.get(0).value());
      assertThat(raw.path("code").isInt()).isTrue();
      assertThat(raw.path("origin").path("topic").asText()).isEqualTo("jmessage.logs");
    }
  }

  @Test
  void shouldCountRecordsWithAndWithoutErrorsAndDropTheOnesWithout() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.send(TopologyTestSupport.plainLine(), T0);
      t.send(TopologyTestSupport.plainLine(), T0);
      t.send(TopologyTestSupport.restError(898000, APPKEY), T0);

      assertThat(t.allOf(t.enriched)).hasSize(1);
      assertThat(lineCounts(t)).containsEntry("with_errors", 1L).containsEntry("without_errors", 2L);
    }
  }

  @Test
  void shouldDeadLetterOversizedRecordsWithTheirOriginAndCause() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(Map.of("MAX_RECORD_BYTES", "2048"))) {
      String big = TopologyTestSupport.restError(898000, APPKEY) + "x".repeat(3000);
      t.send(big, T0);

      List<TestRecord<byte[], byte[]>> dead = t.allOf(t.dlq);
      assertThat(dead).hasSize(1);
      assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(big);
      assertThat(header(dead.get(0), DeadLetterHeaders.TOPIC)).isEqualTo("jmessage.logs");
      assertThat(header(dead.get(0), DeadLetterHeaders.OFFSET)).isEqualTo("0");
      assertThat(header(dead.get(0), DeadLetterHeaders.CAUSE)).contains("MAX_RECORD_BYTES");
      assertThat(t.allOf(t.enriched)).isEmpty();
      assertThat(lineCounts(t)).containsEntry("dead_lettered", 1L);
    }
  }

  @Test
  void shouldEmitEachClosedWindowCountOnceAfterGrace() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(Map.of("WINDOW_GRACE", "10s"))) {
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(1));
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(59));
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(60));
      assertThat(t.allOf(t.rates)).as("window still open within grace").isEmpty();

      t.send(TopologyTestSupport.restError(898000, APPKEY), T0.plusSeconds(70));

      List<TestRecord<byte[], byte[]>> rates = t.allOf(t.rates);
      assertThat(rates).hasSize(1);
      JsonNode r = JSON.readTree(rates.get(0).value());
      assertThat(r.path("code").asInt()).isEqualTo(803010);
      assertThat(r.path("appkey").asText()).isEqualTo(APPKEY);
      assertThat(r.path("windowStart").asLong()).isEqualTo(T0.toEpochMilli());
      assertThat(r.path("windowEnd").asLong()).isEqualTo(T0.plus(Duration.ofMinutes(1)).toEpochMilli());
      assertThat(r.path("count").asLong()).isEqualTo(2);
    }
  }

  @Test
  void shouldEmitEveryClosedWindowWhenStreamTimeJumps() throws Exception {
    // without a record cache, counting a record writes to the window store at once, and a record
    // far ahead makes the store drop its older segments: the windows must be closed before that
    try (TopologyTestSupport t = new TopologyTestSupport(Map.of("WINDOW_GRACE", "10s"),
        Map.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0L))) {
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(5));
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(65));
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(66));
      // 10 hours later: more windows than the spike detector evaluates at once, and than the store keeps
      t.send(TopologyTestSupport.restError(898000, APPKEY), T0.plus(Duration.ofHours(10)));

      List<TestRecord<byte[], byte[]>> rates = t.allOf(t.rates);
      assertThat(rates).extracting(r -> JSON.readTree(r.value()).path("windowStart").asLong() + "=" +
          JSON.readTree(r.value()).path("count").asLong())
          .containsExactly(T0.toEpochMilli() + "=1", T0.plusSeconds(60).toEpochMilli() + "=2");
      assertThat(rates).extracting(TestRecord::timestamp)
          .containsExactly(T0.plusSeconds(60).toEpochMilli(), T0.plusSeconds(120).toEpochMilli());
    }
  }

  @Test
  void shouldSpreadTheRatesOfAClosedWindowOverWallClockTime() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(Map.of("WINDOW_GRACE", "10s"))) {
      int series = 1_000;
      for (int i = 0; i < series; i++) {
        t.send(TopologyTestSupport.restError(803010, String.format("%024d", i)), T0.plusSeconds(1));
      }
      t.send(TopologyTestSupport.restError(898000, APPKEY), T0.plusSeconds(75));
      // closed, and nothing written yet: the progress is stored before the first count is written
      List<String> written = new java.util.ArrayList<>();
      t.allOf(t.rates).forEach(r -> written.add(new String(r.key(), StandardCharsets.UTF_8)));
      assertThat(written).isEmpty();
      KeyValueStore<String, String> state = t.driver.getKeyValueStore(StoreNames.SPIKES);
      assertThat(state.get(WindowCounter.DRAINING)).isEqualTo(T0.toEpochMilli() + ":0:h");

      t.driver.advanceWallClockTime(WindowDrain.PERIOD);
      t.allOf(t.rates).forEach(r -> written.add(new String(r.key(), StandardCharsets.UTF_8)));
      assertThat(written).hasSize(WindowDrain.MIN_PER_PERIOD);
      assertThat(state.get(WindowCounter.DRAINING))
          .isEqualTo(T0.toEpochMilli() + ":" + WindowDrain.MIN_PER_PERIOD + ":h");

      // past the spread, the rest at once
      t.driver.advanceWallClockTime(WindowDrain.spread(Duration.ofMinutes(1)));
      t.allOf(t.rates).forEach(r -> written.add(new String(r.key(), StandardCharsets.UTF_8)));
      assertThat(written).hasSize(series).doesNotHaveDuplicates()
          .allMatch(k -> k.startsWith("803010|") && k.endsWith("|" + T0.toEpochMilli()));
      assertThat(written).extracting(k -> k.substring(0, k.lastIndexOf('|'))).isSortedAccordingTo(WindowDrain.ORDER);
      assertThat(state.get(WindowCounter.DRAINING)).isNull();
    }
  }

  @Test
  void shouldFinishWritingAWindowWhenTheNextOneCloses() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(Map.of("WINDOW_GRACE", "10s"))) {
      for (int i = 0; i < 500; i++) {
        t.send(TopologyTestSupport.restError(803010, String.format("%024d", i)), T0.plusSeconds(1));
      }
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(75));
      assertThat(t.allOf(t.rates)).isEmpty();
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(135));
      // the window being written is finished at once; the second, just closed, is small: at once too
      assertThat(t.allOf(t.rates)).extracting(r -> JSON.readTree(r.value()).path("windowStart").asLong())
          .hasSize(501).startsWith(T0.toEpochMilli()).endsWith(T0.plusSeconds(60).toEpochMilli());
    }
  }

  @Test
  void shouldCountLateRecordsInsteadOfLosingThemSilently() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(Map.of("WINDOW_GRACE", "10s"))) {
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(5));
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(75));
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(30));

      KeyValueStore<String, Long> late = t.driver.getKeyValueStore(StoreNames.LATE);
      assertThat(late.get(LateRecordFilter.LATE)).isEqualTo(1L);
      assertThat(sumByPrefix(totals(t), "803010|" + APPKEY + "|")).isEqualTo(3L);
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(200));
      assertThat(t.allOf(t.rates)).extracting(r -> JSON.readTree(r.value()).path("count").asLong())
          .containsExactly(1L, 1L);
    }
  }

  @Test
  void shouldKeepCumulativeTotalsPerCodeAppkeyAndPlatform() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      for (int i = 0; i < 5; i++) {
        t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(i * 50L));
      }
      t.send(TopologyTestSupport.restError(898000, null), T0);

      assertThat(sumByPrefix(totals(t), "803010|" + APPKEY + "|")).isEqualTo(5L);
      assertThat(totals(t).keySet()).anyMatch(k -> k.startsWith("898000|none|"));
    }
  }

  @Test
  void shouldTakeCatalogCorrectionsFromTheCatalogTopicWithoutRedeploy() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      var builtin = CatalogRecords.fromCatalog(Catalog.builtIn()).stream()
          .filter(v -> v.code() == 803010).findFirst().orElseThrow();
      var corrected = new CatalogRecords.Value(803010, "operator", "ops-1", builtin.entries().stream()
          .map(e -> new io.jmsgerrors.catalog.CatalogEntry(e.code(), e.platform(), "corrected by ops",
              e.description(), e.category(), e.source(), "call the on-call"))
          .toList());
      t.catalogTopic.pipeInput("803010", CatalogRecords.encode(corrected), T0);
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0);

      EnrichedEvent e = EnrichedEventJson.decode(t.allOf(t.enriched).get(0).value());
      assertThat(e.message()).isEqualTo("corrected by ops");
      assertThat(e.hint()).isEqualTo("call the on-call");
    }
  }

  @Test
  void shouldFallBackToTheBuiltInCatalogWhenTheCatalogRecordIsInvalid() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      t.catalogTopic.pipeInput("803010", "{not json".getBytes(StandardCharsets.UTF_8), T0);
      t.send(TopologyTestSupport.restError(803010, APPKEY), T0);

      EnrichedEvent e = EnrichedEventJson.decode(t.allOf(t.enriched).get(0).value());
      assertThat(e.message()).isEqualTo(Catalog.builtIn().lookup(803010, null).orElseThrow().message());
    }
  }

  private static long sumByPrefix(Map<String, Long> m, String prefix) {
    return m.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
  }

  private static Map<String, Long> lineCounts(TopologyTestSupport t) {
    return storeContents(t.driver.getKeyValueStore(StoreNames.LINE_COUNTS));
  }

  private static Map<String, Long> totals(TopologyTestSupport t) {
    return storeContents(t.driver.getKeyValueStore(StoreNames.TOTALS));
  }

  private static Map<String, Long> storeContents(KeyValueStore<String, Long> store) {
    Map<String, Long> m = new HashMap<>();
    try (var it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, Long> kv = it.next();
        m.merge(kv.key, kv.value, Long::sum);
      }
    }
    return m;
  }

  private static String header(TestRecord<byte[], byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
