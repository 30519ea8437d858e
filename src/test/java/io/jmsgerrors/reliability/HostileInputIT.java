package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void shouldKeepRunningAndAccountForEveryRecordOfAFuzzedCorpus(KafkaTestKit kafka) {
    Pipeline p = new Pipeline(kafka, "hostile");
    if (!Boolean.getBoolean("jmsg.it.hostile.defaultRequestSize")) {
      p.with("KAFKA_MAX_REQUEST_SIZE", Integer.toString(SharedKafkaBroker.MAX_MESSAGE_BYTES));
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
      assertThat(r.value().length).isGreaterThan(Pipeline.MAX_RECORD_BYTES);
    }
    assertThat(dead.stream().mapToLong(r -> r.value().length).sum())
        .isEqualTo(hostile.stream().filter(v -> v != null && v.length > Pipeline.MAX_RECORD_BYTES).mapToLong(v -> v.length).sum());
  }

  static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
