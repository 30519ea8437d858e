package io.jmsgerrors.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
  private final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.of(Path.of("/data/kafka"));

  @Test
  void shouldConfigureOneCombinedNodeForTransactionsWithoutAutoCreatedTopics() {
    Properties p = BrokerProperties.of(config, 9092, 40000);

    assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
    assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:40000");
    assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:40000");
    assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
    assertThat(p.getProperty("log.dirs")).isEqualTo(Path.of("/data/kafka/logs").toAbsolutePath().toString());
    assertThat(p).containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("group.initial.rebalance.delay.ms", "0")
        .containsEntry("auto.create.topics.enable", "false");
  }

  @Test
  void shouldApplyOverridesLast() {
    Properties p = BrokerProperties.of(config.withOverrides(Map.of("auto.create.topics.enable", "true")), 9092, 40000);

    assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("true");
  }

  @Test
  void shouldRejectAPortOutsideTheTcpRange() {
    assertThatThrownBy(() -> config.withPort(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..65535");
  }
}
