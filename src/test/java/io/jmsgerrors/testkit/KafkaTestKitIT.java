package io.jmsgerrors.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedKafkaBroker.class)
class KafkaTestKitIT {
  private static final int PARTITIONS = 16;

  /**
   * A topic is written by the tests as soon as createTopics returns. The controller has then
   * committed it, but the broker may still be creating its partitions: a write then gets
   * NOT_LEADER_OR_FOLLOWER, and an idempotent producer that retries it after a later batch of the
   * same partition succeeded loses it (OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery timeout).
   * So every partition must take a write at once, with no retry.
   */
  @Test
  void shouldReturnFromCreateTopicsOnlyWhenEveryPartitionTakesWrites(KafkaTestKit kafka) throws InterruptedException {
    for (int round = 0; round < 10; round++) {
      String topic = KafkaTestKit.uniqueName("kit-ready");
      kafka.createTopics(PARTITIONS, topic);
      int r = round;
      assertThat(kafka.writeEachPartitionOnce(Map.of(topic, PARTITIONS))).as("round %d", round).hasSize(PARTITIONS)
          .allSatisfy((write, outcome) -> assertThat(outcome).as("round %d, write to %s", r, write).isEqualTo("written"));
    }
  }

  @Test
  void shouldFailProduceWhenARecordIsNotWritten(KafkaTestKit kafka) {
    String topic = KafkaTestKit.uniqueName("kit-too-large");
    kafka.createTopics(1, topic);
    byte[] tooLarge = new byte[SharedKafkaBroker.MAX_MESSAGE_BYTES + 1];
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> kafka.produce(topic, List.of(tooLarge), false))
        .hasMessageContaining(topic);
  }
}
