package io.jmsgerrors.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.ConfigLoader;
import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.config.Setting;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import io.jmsgerrors.topology.TopologyConfig;
import io.jmsgerrors.topology.TopologyFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads the counts of every local task through interactive queries, whichever thread runs it. */
@ExtendWith(SharedKafkaBroker.class)
class StreamsStateSourceIT {

  @Test
  void shouldSumTheCountsOfEveryPartitionAcrossStreamThreads(KafkaTestKit kafka) throws Exception {
    String id = KafkaTestKit.uniqueName("iq");
    Map<String, String> env = Map.of(
        "APPLICATION_ID", id, "INPUT_TOPICS", id + ".logs", "ENRICHED_TOPIC", id + ".enriched",
        "RATES_TOPIC", id + ".rates", "DLQ_TOPIC", id + ".dlq", "CATALOG_TOPIC", id + ".codes",
        "ALERTS_TOPIC", id + ".alerts", "STATE_DIR", Files.createTempDirectory("jmsg-iq").toString(),
        "NUM_STREAM_THREADS", "2", "MAX_RECORD_BYTES", "4096");
    AppConfig config = ConfigLoader.load(env, new EnumMap<>(Setting.class));
    kafka.createTopics(3, config.inputTopics().names().get(0), config.enrichedTopic(), config.ratesTopic(),
        config.dlqTopic(), config.alertsTopic());
    kafka.createTopics(1, config.catalogTopic());
    int[] perPartition = {7, 11, 5};
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> p = kafka.producer(false)) {
      for (int part = 0; part < 3; part++) {
        for (int i = 0; i < perPartition[part]; i++) {
          String line = "{\"error\":{\"code\":803010,\"message\":\"x\"}} appkey=4f7aef34fb361292c566a1cd";
          sent.add(p.send(new ProducerRecord<>(config.inputTopics().names().get(0), part, null, line.getBytes(StandardCharsets.UTF_8))));
        }
      }
      long future = System.currentTimeMillis() + Duration.ofMinutes(10).toMillis();
      String big = "{\"error\":{\"code\":898000}} " + "x".repeat(10_000);
      sent.add(p.send(new ProducerRecord<>(config.inputTopics().names().get(0), 2, future, null, big.getBytes(StandardCharsets.UTF_8))));
      for (int i = 0; i < 4; i++) {
        String line = "{\"error\":{\"code\":898000,\"message\":\"x\"}} appkey=" + String.format("%024d", i);
        sent.add(p.send(new ProducerRecord<>(config.inputTopics().names().get(0), 2, future, null, line.getBytes(StandardCharsets.UTF_8))));
      }
    }
    for (Future<RecordMetadata> f : sent) {
      f.get(30, TimeUnit.SECONDS);
    }
    try (KafkaStreams streams = new KafkaStreams(TopologyFactory.build(TopologyConfig.from(config, Catalog.builtIn())),
        KafkaProperties.streams(config, kafka.bootstrapServers()))) {
      streams.start();
      StreamsStateSource state = new StreamsStateSource(streams);
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
        assertThat(state.lineCounts().values().stream().mapToLong(Long::longValue).sum())
            .as("line counts %s, tasks %s", state.lineCounts(), streams.metadataForLocalThreads()).isEqualTo(28);
        assertThat(state.totals().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(27);
      });
    }
  }
}
