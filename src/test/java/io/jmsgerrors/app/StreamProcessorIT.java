package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.ServiceHttp;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import io.jmsgerrors.topology.DeadLetterHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the packaged service ({@code java -jar target/jmsg-errors.jar run}) against a real Kafka
 * broker and checks, reading with read_committed, that every error event of a produced log appears
 * exactly once in the enriched topic, that closed windows plus late records add up to the same
 * total, that oversized records are dead-lettered with their origin, and that the exported totals
 * equal the input.
 */
@ExtendWith(SharedKafkaBroker.class)
class StreamProcessorIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RECORDS = Integer.getInteger("jmsg.it.records", 20_000);
  private static final int OVERSIZED = 3;
  private static final int FLUSH_RECORDS = 40;

  @Test
  void shouldCountEveryErrorOfAProducedLogExactlyOnce(KafkaTestKit kafka) throws IOException {
    String id = KafkaTestKit.uniqueName("it");
    Map<String, String> env = env(kafka, id);
    kafka.createTopics(3, env.get("INPUT_TOPICS"));
    long base = System.currentTimeMillis() - Duration.ofMinutes(20).toMillis();
    long future = base + Duration.ofMinutes(30).toMillis();
    produceLog(kafka, env.get("INPUT_TOPICS"), base, future);

    int port = Integer.parseInt(env.get("HTTP_PORT"));
    ServiceHttp http = new ServiceHttp(port);
    try (ChildJvm service = ChildJvm.serviceFromJar(env, "run")) {
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(http.status("/health/ready")).as(service.output()).isEqualTo(200));
      Map<String, Integer> expected = expectedEvents(kafka, env.get("INPUT_TOPICS"));
      int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();

      List<ConsumerRecord<byte[], byte[]>> enriched =
          kafka.consumeAll(env.get("ENRICHED_TOPIC"), true, expectedTotal, Duration.ofMinutes(3));
      assertThat(countByOrigin(enriched)).isEqualTo(expected);

      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
        String m = http.metrics();
        assertThat(ServiceHttp.sum(m, "jmessage_errors_total")).isEqualTo(expectedTotal);
        assertThat(ServiceHttp.sum(m, "jmessage_log_lines_total")).as(jmessageLines(m)).isEqualTo(RECORDS + OVERSIZED + FLUSH_RECORDS);
        assertThat(ServiceHttp.sum(m, "jmessage_log_lines_total", "status=\"dead_lettered\"")).isEqualTo(OVERSIZED);
        long closedWindowSum = sumOfClosedWindows(kafka.consumeToEnd(env.get("RATES_TOPIC"), true), future);
        long late = (long) ServiceHttp.sum(m, "jmessage_late_records_total");
        assertThat(closedWindowSum + late).isEqualTo(expectedTotal - eventsAtOrAfter(enriched, future));
      });

      List<ConsumerRecord<byte[], byte[]>> dead = kafka.consumeToEnd(env.get("DLQ_TOPIC"), true);
      assertThat(dead).hasSize(OVERSIZED);
      for (ConsumerRecord<byte[], byte[]> r : dead) {
        assertThat(header(r, DeadLetterHeaders.TOPIC)).isEqualTo(env.get("INPUT_TOPICS"));
        assertThat(header(r, DeadLetterHeaders.CAUSE)).contains("MAX_RECORD_BYTES");
        assertThat(r.value()).hasSizeGreaterThan(4096);
      }
      assertThat(service.stop(Duration.ofSeconds(60))).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
      assertThat(service.output()).contains("jmsg-errors: stopped").doesNotContain("fatal");
    }
  }

  private static Map<String, String> env(KafkaTestKit kafka, String id) throws IOException {
    Map<String, String> env = kafka.serviceEnv(id);
    env.put("STATE_DIR", Files.createTempDirectory("jmsg-it-state").toString());
    env.put("HTTP_PORT", Integer.toString(ServiceHttp.freePort()));
    env.put("WINDOW_GRACE", "10s");
    env.put("TOPIC_PARTITIONS", "3");
    env.put("MAX_RECORD_BYTES", "4096");
    return env;
  }

  /**
   * The corpus spread over 10 minutes, a few oversized records, then records of many codes 20
   * minutes later, which advance stream time in every task (events are partitioned by code) and so
   * close every window; brokers refuse timestamps more than an hour ahead of their clock.
   */
  private static void produceLog(KafkaTestKit kafka, String topic, long base, long future) {
    CorpusGenerator corpus = new CorpusGenerator(20261125L);
    try (KafkaProducer<byte[], byte[]> p = kafka.producer(false)) {
      for (int i = 0; i < RECORDS; i++) {
        long ts = base + i * (Duration.ofMinutes(10).toMillis() / RECORDS);
        p.send(new ProducerRecord<>(topic, null, ts, null, corpus.next().bytes()));
      }
      for (int i = 0; i < OVERSIZED; i++) {
        String big = "{\"error\":{\"code\":898000,\"message\":\"Server internal error\"}} " + "x".repeat(10_000);
        p.send(new ProducerRecord<>(topic, null, base, null, big.getBytes(StandardCharsets.UTF_8)));
      }
      List<Integer> codes = Catalog.builtIn().entries().stream()
          .filter(e -> e.platform() == io.jmsgerrors.catalog.Platform.SERVER && e.code() >= 800000)
          .map(e -> e.code()).distinct().limit(FLUSH_RECORDS).toList();
      for (int i = 0; i < FLUSH_RECORDS; i++) {
        String line = "{\"error\":{\"code\":" + codes.get(i) + ",\"message\":\"flush\"}} appkey="
            + String.format("%024d", i);
        p.send(new ProducerRecord<>(topic, null, future, null, line.getBytes(StandardCharsets.UTF_8)));
      }
      p.flush();
      assertThat(kafka.consumeToEnd(topic, true)).as("every record was accepted by the broker")
          .hasSize(RECORDS + OVERSIZED + FLUSH_RECORDS);
    }
  }

  /** What the parser finds in each input record, by "partition/offset/code". */
  private static Map<String, Integer> expectedEvents(KafkaTestKit kafka, String topic) {
    LogParser parser = new LogParser(Catalog.builtIn());
    Map<String, Integer> out = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : kafka.consumeToEnd(topic, true)) {
      if (r.value().length > 4096) {
        continue;
      }
      for (ErrorEvent e : parser.parse(r.value())) {
        out.merge(r.partition() + "/" + r.offset() + "/" + e.code(), 1, Integer::sum);
      }
    }
    return out;
  }

  private static Map<String, Integer> countByOrigin(List<ConsumerRecord<byte[], byte[]>> enriched) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : enriched) {
      JsonNode n = JSON.readTree(r.value());
      JsonNode o = n.path("origin");
      out.merge(o.path("partition").asInt() + "/" + o.path("offset").asLong() + "/" + n.path("code").asInt(), 1, Integer::sum);
    }
    return out;
  }

  private static long eventsAtOrAfter(List<ConsumerRecord<byte[], byte[]>> enriched, long ts) throws IOException {
    long n = 0;
    for (ConsumerRecord<byte[], byte[]> r : enriched) {
      if (JSON.readTree(r.value()).path("timestamp").asLong() >= ts - Duration.ofMinutes(1).toMillis()) {
        n++;
      }
    }
    return n;
  }

  /** Sums the closed windows before {@code future}, checking that each (key, window) is emitted once. */
  private static long sumOfClosedWindows(List<ConsumerRecord<byte[], byte[]>> rates, long future) throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    long sum = 0;
    for (ConsumerRecord<byte[], byte[]> r : rates) {
      JsonNode n = JSON.readTree(r.value());
      if (n.path("windowStart").asLong() >= future - Duration.ofMinutes(1).toMillis()) {
        continue;
      }
      String key = new String(r.key(), StandardCharsets.UTF_8);
      if (!seen.add(key)) {
        duplicates.add(key);
      }
      sum += n.path("count").asLong();
    }
    assertThat(duplicates).as("window results emitted more than once").isEmpty();
    return sum;
  }

  private static String jmessageLines(String metrics) {
    return String.join("\n", metrics.lines().filter(l -> l.startsWith("jmessage_log") || l.startsWith("jmessage_late")).toList());
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
