package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import io.jmsgerrors.topology.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feeds the packaged service a fuzzed corpus mixed with good lines: it must keep running, account
 * for every record in jmessage_log_lines_total (dead letters included, each in the DLQ with its
 * original bytes), and count the good lines' errors exactly.
 */
@ExtendWith(SharedKafkaBroker.class)
class HostileInputIT {
  static final int GOOD_RECORDS = Integer.getInteger("jmsg.it.hostile.records", 20_000);
  /** The service's producer limit: the default, or e.g. 16777216 to keep the 10 MB originals in the DLQ. */
  static final int MAX_REQUEST_SIZE = Integer.getInteger("jmsg.it.hostile.maxRequestSize", KafkaProperties.DEFAULT_MAX_REQUEST_BYTES);
  static final int KEPT_BYTES = MAX_REQUEST_SIZE - 64 * 1024;

  @Test
  void shouldKeepRunningAndAccountForEveryRecordOfAFuzzedCorpus(KafkaTestKit kafka) {
    Pipeline p = new Pipeline(kafka, "hostile");
    if (MAX_REQUEST_SIZE != KafkaProperties.DEFAULT_MAX_REQUEST_BYTES) {
      p.with("KAFKA_MAX_REQUEST_SIZE", Integer.toString(MAX_REQUEST_SIZE));
    }
    p.produceCorpus(7L, GOOD_RECORDS / 2);
    List<byte[]> hostile = new HostileRecords(11L).build();
    p.produce(hostile);
    p.produceCorpus(8L, GOOD_RECORDS / 2);
    long total = GOOD_RECORDS + hostile.size();
    try (Instance service = p.instance()) {
      service.start();
      Pipeline.awaitLines(total, Duration.ofMinutes(3), service);
      p.produceFlush();
      Expected e = Expected.of(p);
      assertThat(e.records()).isEqualTo(total + Pipeline.FLUSH_RECORDS);

      ExactCounts.assertMetrics(e, service);
      ExactCounts.assertEnriched(p, e);
      ExactCounts.assertWindows(p, e, service);
      assertDeadLetters(p, e, hostile);
      assertThat(service.http().status("/health/ready")).isEqualTo(200);
      service.stopCleanly();
    }
  }

  private static void assertDeadLetters(Pipeline p, Expected e, List<byte[]> hostile) {
    List<ConsumerRecord<byte[], byte[]>> dead = p.kafka.consumeToEnd(p.topic("DLQ_TOPIC"), true);
    assertThat(dead).hasSize((int) e.deadLettered());
    long oversized = hostile.stream().filter(v -> v != null && v.length > Pipeline.MAX_RECORD_BYTES).count();
    assertThat(e.deadLettered()).isEqualTo(oversized);
    for (ConsumerRecord<byte[], byte[]> r : dead) {
      assertThat(header(r, DeadLetterHeaders.TOPIC)).isEqualTo(p.input());
      assertThat(header(r, DeadLetterHeaders.CAUSE)).contains("MAX_RECORD_BYTES");
      if (r.value() == null) {
        assertThat(header(r, DeadLetterHeaders.CAUSE)).contains("max.request.size");
      } else {
        assertThat(r.value().length).isGreaterThan(Pipeline.MAX_RECORD_BYTES).isLessThanOrEqualTo(KEPT_BYTES);
      }
    }
    assertThat(dead.stream().filter(r -> r.value() != null).mapToLong(r -> r.value().length).sum())
        .as("bytes of the originals kept")
        .isEqualTo(hostile.stream().filter(v -> v != null && v.length > Pipeline.MAX_RECORD_BYTES && v.length <= KEPT_BYTES)
            .mapToLong(v -> v.length).sum());
    assertThat(dead.stream().filter(r -> r.value() == null).count()).as("dead letters without their value")
        .isEqualTo(hostile.stream().filter(v -> v != null && v.length > KEPT_BYTES).count());
  }

  static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
