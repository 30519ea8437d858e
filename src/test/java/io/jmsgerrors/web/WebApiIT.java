package io.jmsgerrors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.ServiceHttp;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs two instances of the packaged service (same application id, different HTTP ports) against a
 * real broker and checks that the API gives the same, complete answer from either instance, though
 * each holds only part of the partitions.
 */
@ExtendWith(SharedKafkaBroker.class)
class WebApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CODES = 24;
  private static final String APPKEY_A = "a".repeat(24);
  private static final String APPKEY_B = "0123456789abcdef01234567";

  @Test
  void shouldGiveTheSameTopCodesFromEitherInstance(KafkaTestKit kafka) throws IOException {
    String id = KafkaTestKit.uniqueName("webit");
    kafka.createTopics(4, id + ".logs");
    Map<Integer, Long> expected = produce(kafka, id + ".logs");
    long records = expected.values().stream().mapToLong(Long::longValue).sum();
    int portA = ServiceHttp.freePort();
    int portB = ServiceHttp.freePort();
    ServiceHttp a = new ServiceHttp(portA);
    ServiceHttp b = new ServiceHttp(portB);
    try (ChildJvm first = ChildJvm.serviceFromJar(env(id, kafka, portA), "run");
        ChildJvm second = ChildJvm.serviceFromJar(env(id, kafka, portB), "run")) {
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
        assertThat(a.status("/health/ready")).as(first.output()).isEqualTo(200);
        assertThat(b.status("/health/ready")).as(second.output()).isEqualTo(200);
        Set<String> codesA = local(a);
        Set<String> codesB = local(b);
        assertThat(codesB).isNotEmpty();
        assertThat(codesA).as("each instance holds part of the codes").isNotEmpty().doesNotContainAnyElementsOf(codesB);
        // on a miss, say what each instance has read and counted
        assertThat(codesA.size() + codesB.size()).as("codes held locally; A status %s, B status %s",
            a.body("/api/status"), b.body("/api/status")).isEqualTo(CODES);
      });

      long end = System.currentTimeMillis();
      String query = "/api/top?minutes=60&limit=100&end=" + end;
      await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
        JsonNode fromA = JSON.readTree(a.body(query));
        JsonNode fromB = JSON.readTree(b.body(query));
        assertThat(fromA.path("complete").asBoolean()).as(fromA.toString()).isTrue();
        assertThat(fromA.path("instances")).hasSize(2);
        assertThat(counts(fromA)).isEqualTo(expected);
        assertThat(fromB.path("codes")).isEqualTo(fromA.path("codes"));
        assertThat(fromA.path("codes").get(0).path("message").asText()).isNotBlank();
      });

      int someCode = expected.keySet().iterator().next();
      JsonNode codeA = JSON.readTree(a.body("/api/codes/" + someCode + "?end=" + end));
      JsonNode codeB = JSON.readTree(b.body("/api/codes/" + someCode + "?end=" + end));
      assertThat(codeA.path("count").asLong()).isEqualTo(expected.get(someCode));
      assertThat(codeB.path("totalsByAppkey")).isEqualTo(codeA.path("totalsByAppkey"));
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        JsonNode status = JSON.readTree(b.body("/api/status"));
        assertThat(status.path("ready").asBoolean()).isTrue();
        assertThat(status.path("lines").path("with_errors").asLong()).isEqualTo(records);
      });
      assertThat(first.stop(Duration.ofSeconds(60))).isEqualTo(143);
      assertThat(second.stop(Duration.ofSeconds(60))).isEqualTo(143);
    }
  }

  private static Set<String> local(ServiceHttp http) throws IOException {
    String body = http.body("/api/top?minutes=60&local=true");
    Set<String> out = new HashSet<>();
    if (!body.isEmpty()) {
      JSON.readTree(body).path("series").fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  /** Lines of {@link #CODES} server codes with two appkeys, code i logged i + 1 times, at the current time. */
  private static Map<Integer, Long> produce(KafkaTestKit kafka, String topic) {
    List<Integer> codes = Catalog.builtIn().entries().stream()
        .filter(e -> e.platform() == Platform.SERVER && e.code() >= 800000)
        .map(e -> e.code()).distinct().limit(CODES).toList();
    Map<Integer, Long> expected = new TreeMap<>();
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> p = kafka.producer(false)) {
      for (int i = 0; i < codes.size(); i++) {
        for (int n = 0; n <= i; n++) {
          String line = "{\"error\":{\"code\":" + codes.get(i) + ",\"message\":\"it\"}} appkey="
              + (n % 2 == 0 ? APPKEY_A : APPKEY_B);
          sent.add(p.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), null, line.getBytes(StandardCharsets.UTF_8))));
          expected.merge(codes.get(i), 1L, Long::sum);
        }
      }
      p.flush();
    }
    KafkaTestKit.awaitWritten(topic, sent);
    return expected;
  }

  private static Map<Integer, Long> counts(JsonNode top) {
    Map<Integer, Long> out = new TreeMap<>();
    top.path("codes").forEach(c -> out.put(c.path("code").asInt(), c.path("count").asLong()));
    return out;
  }

  private static Map<String, String> env(String id, KafkaTestKit kafka, int port) throws IOException {
    Map<String, String> env = kafka.serviceEnv(id);
    env.put("STATE_DIR", Files.createTempDirectory("jmsg-webit-state").toString());
    env.put("HTTP_PORT", Integer.toString(port));
    env.put("TOPIC_PARTITIONS", "4");
    env.put("NUM_STREAM_THREADS", "1");
    return env;
  }
}
