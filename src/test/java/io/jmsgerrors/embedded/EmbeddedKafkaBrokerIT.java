package io.jmsgerrors.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedKafkaBroker.class)
class EmbeddedKafkaBrokerIT {
  @TempDir Path dataDir;

  @Test
  void shouldServeCommittedTransactionsOnlyAndKeepThemAndTheClusterIdAcrossARestart() {
    EmbeddedKafkaConfig config = new EmbeddedKafkaConfig(dataDir, 0, "127.0.0.1", Map.of());
    List<String> committed = IntStream.range(0, 200).mapToObj(i -> "committed-" + i).toList();
    String topic = KafkaTestKit.uniqueName("broker-it");
    String clusterId;
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(config)) {
      assertThat(broker.startupMillis()).isLessThan(30_000);
      KafkaTestKit kit = new KafkaTestKit(broker.bootstrapServers());
      kit.createTopics(3, topic);
      kit.produce(topic, bytes(committed.subList(0, 100)), true);
      produceAborted(kit, topic, List.of("aborted-1", "aborted-2"));
      kit.produce(topic, bytes(committed.subList(100, 200)), true);

      assertThat(values(kit.consumeAll(topic, true, 200, KafkaTestKit.TIMEOUT)))
          .containsExactlyInAnyOrderElementsOf(committed);
      assertThat(values(kit.consumeToEnd(topic, false))).contains("aborted-1", "aborted-2");
      clusterId = broker.clusterId();
    }

    try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(config)) {
      KafkaTestKit kit = new KafkaTestKit(restarted.bootstrapServers());
      assertThat(restarted.clusterId()).isEqualTo(clusterId);
      assertThat(values(kit.consumeToEnd(topic, true))).containsExactlyInAnyOrderElementsOf(committed);
    }
  }

  @Test
  void shouldFailWithAClearMessageWhenThePortIsTaken(EmbeddedKafkaBroker shared) {
    EmbeddedKafkaConfig config = EmbeddedKafkaConfig.of(dataDir).withPort(shared.port());

    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(config))
        .isInstanceOf(EmbeddedKafkaException.class)
        .hasMessageContaining("127.0.0.1:" + shared.port() + " is not available")
        .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
  }

  @Test
  void shouldRefuseASecondBrokerOnADataDirectoryInUse(EmbeddedKafkaBroker shared) {
    EmbeddedKafkaConfig config = EmbeddedKafkaConfig.of(shared.dataDir()).withPort(0);

    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(config))
        .isInstanceOf(EmbeddedKafkaException.class)
        .hasMessageContaining("is in use by another broker");
  }

  @Test
  void shouldFailWithAClearMessageWhenTheDataDirectoryCannotBeCreated() throws Exception {
    Path file = Files.writeString(dataDir.resolve("a-file"), "not a directory");
    EmbeddedKafkaConfig config = EmbeddedKafkaConfig.of(file.resolve("kafka")).withPort(0);

    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(config))
        .isInstanceOf(EmbeddedKafkaException.class)
        .hasMessageContaining("is not writable")
        .hasMessageContaining("EMBEDDED_KAFKA_DIR");
  }

  @Test
  void shouldCloseOnceAndIgnoreLaterCloses() {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary(Map.of());
    Path dir = broker.dataDir();
    broker.close();
    broker.close();

    assertThat(dir).doesNotExist();
  }

  private static void produceAborted(KafkaTestKit kit, String topic, List<String> values) {
    try (KafkaProducer<byte[], byte[]> producer = kit.producer(true)) {
      producer.initTransactions();
      producer.beginTransaction();
      values.forEach(v -> producer.send(new ProducerRecord<>(topic, v.getBytes(StandardCharsets.UTF_8))));
      producer.flush();
      producer.abortTransaction();
    }
  }

  private static List<byte[]> bytes(List<String> values) {
    return values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList();
  }

  private static List<String> values(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
  }
}
