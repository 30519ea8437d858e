package io.jmsgerrors.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerProcessIT {
  @TempDir Path dataDir;

  @Test
  void shouldKeepAcknowledgedRecordsWhenTheBrokerProcessIsKilledAndStartedAgain() {
    List<byte[]> values = IntStream.range(0, 500).mapToObj(i -> ("v" + i).getBytes(StandardCharsets.UTF_8)).toList();
    String topic = KafkaTestKit.uniqueName("killed-broker");
    try (BrokerProcess broker = BrokerProcess.onFreePort(dataDir).start()) {
      KafkaTestKit kit = new KafkaTestKit(broker.bootstrapServers());
      kit.createTopics(2, topic);
      kit.produce(topic, values, false);
      String clusterId = broker.clusterId();

      broker.kill();
      assertThat(broker.jvm().isAlive()).isFalse();
      broker.start();

      assertThat(broker.clusterId()).isEqualTo(clusterId);
      await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(kit.consumeToEnd(topic, false)).hasSize(values.size()));
      assertThat(broker.stop()).isEqualTo(143);
    }
  }
}
