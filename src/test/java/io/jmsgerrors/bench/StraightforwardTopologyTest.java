package io.jmsgerrors.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import java.time.Instant;
import java.nio.file.Files;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

class StraightforwardTopologyTest {
  private static final String APPKEY = "4f7aef34fb361292c566a1cd";

  @Test
  void kafkaWorkTakesTheServiceSettingsWithTheServiceEnvironment() {
    Properties defaults = new Properties();
    StraightforwardTopology.serviceSettings(defaults, java.util.Map.of());
    assertThat(defaults).containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1)
        .containsEntry("producer.compression.type", "lz4");

    Properties tuned = new Properties();
    StraightforwardTopology.serviceSettings(tuned,
        java.util.Map.of("NUM_STREAM_THREADS", "2", "KAFKA_PRODUCER_COMPRESSION_TYPE", "none"));
    assertThat(tuned).containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
        .containsEntry("producer.compression.type", "none");
  }

  @Test
  void shouldEnrichEveryCodeShapedNumberAndCountItPerCodeAndAppkey() throws Exception {
    Properties p = driverProperties("straightforward-test");
    try (TopologyTestDriver driver = new TopologyTestDriver(StraightforwardTopology.build(Catalog.builtIn()), p)) {
      TestInputTopic<byte[], String> in = driver.createInputTopic(E2eBench.INPUT,
          Serdes.ByteArray().serializer(), Serdes.String().serializer());
      TestOutputTopic<String, String> out = driver.createOutputTopic(StraightforwardTopology.OUTPUT,
          Serdes.String().deserializer(), Serdes.String().deserializer());
      in.pipeInput(null, "{\"appKey\":\"" + APPKEY.toUpperCase() + "\",\"error\":{\"code\":899003,\"message\":\"x\"}}");
      in.pipeInput(null, "response code 899003 and 803010");
      in.pipeInput(null, "nothing here");

      assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key)
          .containsExactly("899003|" + APPKEY, "899003|none", "803010|none");
      KeyValueStore<String, Long> counts = driver.getKeyValueStore("counts");
      assertThat(counts.get("899003|" + APPKEY)).isEqualTo(1L);
      assertThat(counts.get("899003|none")).isEqualTo(1L);
    }
  }

  @Test
  void shouldPutTheCatalogMeaningInTheEnrichedJson() {
    KeyValue<String, String> kv = StraightforwardTopology.events("error 803010", Catalog.builtIn()).get(0);

    assertThat(kv.value).contains("\"code\":803010", "\"known\":true",
        "\"message\":\"" + Catalog.builtIn().find(803010, null).message() + "\"");
  }

  @Test
  void shouldWriteAboutAsManyRecordsPerInputRecordAsTheServiceDoesAndStoreThem() throws Exception {
    Properties p = driverProperties("kafka-work-test");
    CorpusGenerator corpus = new CorpusGenerator(BenchCorpus.SEED);
    int records = 20_000;
    long events = 0;
    Instant time = Instant.parse("2026-11-27T08:00:00Z");
    try (TopologyTestDriver driver = new TopologyTestDriver(StraightforwardTopology.kafkaWork(StraightforwardTopology.KafkaWork.parse("")), p)) {
      TestInputTopic<byte[], byte[]> in = driver.createInputTopic(E2eBench.INPUT,
          Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
      TestOutputTopic<String, byte[]> out = driver.createOutputTopic(StraightforwardTopology.OUTPUT,
          Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
      for (int i = 0; i < records; i++) {
        LabelledRecord r = corpus.next();
        events += r.events().size();
        in.pipeInput(null, r.bytes(), time);
      }
      var written = out.readKeyValuesToList();
      // the service writes one enriched record, one repartitioned event and two changelog records
      // per error event: the same per input record here, within 15%
      assertThat((double) written.size() / records).isCloseTo((double) events / records,
          org.assertj.core.data.Percentage.withPercentage(15));
      KeyValueStore<String, Long> totals = driver.getKeyValueStore("io-totals");
      WindowStore<String, Long> windows = driver.getWindowStore("io-windows");
      for (int i = 0; i < 100; i++) {
        String key = written.get(i).key;
        assertThat(totals.get(key)).as(key).isNotNull();
        assertThat(windows.fetch(key, time.toEpochMilli())).as(key).isNotNull();
      }
    }
  }

  private static Properties driverProperties(String applicationId) throws java.io.IOException {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(applicationId).toString());
    return p;
  }
}
