package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feeds the packaged service lines that carry master secrets, Basic auth headers, passwords and
 * tokens (and gives it Kafka credentials in its environment and a mounted file): none of them may
 * appear in the enriched, rates or alerts topics, the dead-letter headers, /metrics or its own
 * log output at DEBUG level.
 */
@ExtendWith(SharedKafkaBroker.class)
class SecretsIT {
  static final int CORPUS_RECORDS = 10_000;
  private static final String APPKEY = "4f7aef34fb361292c566a1cd";
  private static final String MASTER = "9c2b71d0e6a84f35b0d1c7e2";
  private static final String JAAS_PASSWORD = "jaas-Pw-5e1d9b7c3a";
  private static final String FILE_PASSWORD = "file-Pw-8a6c4e2f0b";

  @Test
  void shouldNeverLetASecretOutOfTheService(KafkaTestKit kafka) throws IOException {
    Path secretFile = Files.createTempFile("jmsg-secret", ".txt");
    Files.writeString(secretFile, FILE_PASSWORD);
    Pipeline p = new Pipeline(kafka, "secrets")
        .with("LOG_LEVEL", "DEBUG")
        .with("KAFKA_SASL_JAAS_CONFIG",
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"svc\" password=\"" + JAAS_PASSWORD + "\";")
        .with("KAFKA_SSL_TRUSTSTORE_PASSWORD_FILE", secretFile.toString());
    Set<String> secrets = new LinkedHashSet<>(List.of(JAAS_PASSWORD, FILE_PASSWORD));
    List<byte[]> lines = new ArrayList<>();
    CorpusGenerator corpus = new CorpusGenerator(99L);
    for (int i = 0; i < CORPUS_RECORDS; i++) {
      LabelledRecord r = corpus.next();
      lines.add(r.bytes());
      secrets.addAll(r.secrets());
    }
    lines.addAll(handWritten(secrets));
    p.produce(lines);

    try (Instance service = p.instance()) {
      service.start();
      Pipeline.awaitLines(lines.size(), Duration.ofMinutes(3), service);
      p.produceFlush();
      Expected e = Expected.of(p);
      ExactCounts.assertMetrics(e, service);
      ExactCounts.assertEnriched(p, e);
      ExactCounts.assertWindows(p, e, service);
      assertThat(secrets).hasSizeGreaterThan(100);

      StringBuilder out = new StringBuilder();
      List<ConsumerRecord<byte[], byte[]>> enriched = p.kafka.consumeToEnd(p.topic("ENRICHED_TOPIC"), false);
      assertThat(enriched).hasSizeGreaterThan(1000);
      for (String t : List.of("ENRICHED_TOPIC", "RATES_TOPIC", "ALERTS_TOPIC")) {
        p.kafka.consumeToEnd(p.topic(t), false).forEach(r -> out.append(text(r.key())).append(text(r.value())).append(headers(r)));
      }
      List<ConsumerRecord<byte[], byte[]>> dead = p.kafka.consumeToEnd(p.topic("DLQ_TOPIC"), false);
      assertThat(dead).isNotEmpty();
      assertThat(text(dead.get(0).value())).as("the DLQ keeps the original record, secrets included").contains(MASTER);
      dead.forEach(r -> out.append(headers(r)));
      out.append(service.http().metrics());
      service.stopCleanly();
      out.append(service.output());

      String everything = out.toString();
      assertThat(everything).as("what was searched holds the lines' appkeys and codes").contains(APPKEY, "899002", "801004");
      assertThat(secrets.stream().filter(everything::contains).toList()).as("secrets that left the service").isEmpty();
    }
  }

  /** Lines in the shapes the docs name, each with an error code and a secret; one is dead-lettered. */
  private static List<byte[]> handWritten(Set<String> secrets) {
    String basic = Base64.getEncoder().encodeToString((APPKEY + ":" + MASTER).getBytes(StandardCharsets.UTF_8));
    String token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMifQ.Zm9vYmFyYmF6cXV4";
    String password = "Hunter2-Secret!";
    secrets.addAll(List.of(MASTER, basic, token, password));
    List<String> lines = List.of(
        "Got error response - responseCode:401, responseContent:{\"error\":{\"code\":899002,\"message\":\"authentication failed\"}} Authorization: Basic " + basic,
        "POST /v1/users appkey=" + APPKEY + " masterSecret=" + MASTER + " failed code=899003",
        "{\"appkey\":\"" + APPKEY + "\",\"master_secret\":\"" + MASTER + "\",\"error\":{\"code\":899003,\"message\":\"parameter invalid\"}}",
        "auth " + APPKEY + ":" + MASTER + " rejected, errorCode=899002",
        "login failed password=" + password + " errorCode=801004",
        "{\"password\":\"" + password + "\",\"error\":{\"code\":880103,\"message\":\"user not exist\"}}",
        "{\"token\":\"" + token + "\",\"error\":{\"code\":880103,\"message\":\"user not exist\"}}",
        "Authorization: Bearer " + token + " -> {\"error\":{\"code\":899002,\"message\":\"authentication failed\"}}",
        "masterSecret=" + MASTER + " " + "y".repeat(Pipeline.MAX_RECORD_BYTES));
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      lines.forEach(l -> out.add(l.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  private static String headers(ConsumerRecord<byte[], byte[]> r) {
    StringBuilder b = new StringBuilder();
    for (Header h : r.headers()) {
      b.append(h.key()).append('=').append(text(h.value())).append('\n');
    }
    return b.toString();
  }

  private static String text(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }
}
