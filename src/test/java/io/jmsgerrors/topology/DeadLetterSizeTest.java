package io.jmsgerrors.topology;

import static io.jmsgerrors.topology.TopologyTestSupport.APPKEY;
import static io.jmsgerrors.topology.TopologyTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class DeadLetterSizeTest {
  private static final Map<String, String> ENV = Map.of("MAX_RECORD_BYTES", "2048", "KAFKA_MAX_REQUEST_SIZE", "70000");

  @Test
  void shouldDeadLetterARecordTheProducerCannotSendWithoutItsValue() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      t.send(TopologyTestSupport.restError(898000, APPKEY) + "x".repeat(10_000), T0);

      List<TestRecord<byte[], byte[]>> dead = t.allOf(t.dlq);
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).value()).isNull();
      assertThat(cause(dead.get(0))).contains("MAX_RECORD_BYTES", "max.request.size");
      assertThat(dead.get(0).headers().lastHeader(DeadLetterHeaders.OFFSET)).isNotNull();
    }
  }

  @Test
  void shouldKeepTheOriginalValueOfADeadLetterTheProducerCanSend() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      String big = TopologyTestSupport.restError(898000, APPKEY) + "x".repeat(4000);
      t.send(big, T0);

      List<TestRecord<byte[], byte[]>> dead = t.allOf(t.dlq);
      assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(big);
      assertThat(cause(dead.get(0))).doesNotContain("max.request.size");
    }
  }

  private static String cause(TestRecord<byte[], byte[]> r) {
    return new String(r.headers().lastHeader(DeadLetterHeaders.CAUSE).value(), StandardCharsets.UTF_8);
  }
}
