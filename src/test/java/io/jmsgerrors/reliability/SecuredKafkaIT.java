package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.ServiceHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged service against a broker that requires SASL/SCRAM-SHA-512 over TLS, with the
 * JAAS line and truststore password in mounted files: it counts exactly and never prints them; a
 * wrong password ends the service at once with a fatal line, without waiting BROKER_WAIT_TIMEOUT.
 */
class SecuredKafkaIT {
  static final int CORPUS_RECORDS = 3_000;
  static final String USER = "jmsg-svc";
  static final String PASSWORD = "scram-Pw-7c4e9a1f5d";
  static final String WRONG_PASSWORD = "wrong-Pw-2b6d8f0a4e";

  @TempDir
  static Path dir;
  static SecuredBroker broker;
  static KafkaTestKit kafka;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = SecuredBroker.start(dir);
    kafka = new KafkaTestKit(broker.plaintextBootstrap());
    try (Admin admin = kafka.admin()) {
      admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), PASSWORD))).all().get(30, TimeUnit.SECONDS);
    }
    try (Admin sasl = Admin.create(new HashMap<>(clientProps(PASSWORD)))) {
      await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
          .until(() -> sasl.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == 1);
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldCountExactlyOverSaslSslWithoutPrintingSecrets() throws Exception {
    Pipeline p = securedPipeline("secured", PASSWORD);
    p.produceCorpus(41L, CORPUS_RECORDS);
    try (Instance service = p.instance()) {
      service.start();
      Pipeline.awaitLines(CORPUS_RECORDS, Duration.ofMinutes(2), service);
      p.produceFlush();
      Expected e = Expected.of(p);
      assertThat(e.events()).isGreaterThan(1000);
      ExactCounts.assertMetrics(e, service);
      ExactCounts.assertEnriched(p, e);
      String metrics = service.http().metrics();
      service.stopCleanly();
      assertThat(service.output()).contains("connected to Kafka at " + broker.saslBootstrap());
      assertThat(metrics + service.output()).doesNotContain(PASSWORD).doesNotContain(SecuredBroker.STORE_PASSWORD);
    }
  }

  @Test
  void shouldExitWithAFatalLineWhenThePasswordIsWrong() throws Exception {
    Pipeline p = securedPipeline("secured-bad", WRONG_PASSWORD).with("BROKER_WAIT_TIMEOUT", "120s");
    Map<String, String> env = p.instanceEnv(Files.createTempDirectory(dir, "state").toString(), ServiceHttp.freePort());
    try (ChildJvm service = ChildJvm.serviceFromJar(env, "run")) {
      long begin = System.nanoTime();
      int code = service.waitForExit(Duration.ofSeconds(60));
      long seconds = Duration.ofNanos(System.nanoTime() - begin).toSeconds();
      String out = service.output();
      assertThat(code).as(out).isNotZero();
      assertThat(seconds).as("fails at once, not after BROKER_WAIT_TIMEOUT").isLessThan(40);
      assertThat(out).contains("jmsg-errors: fatal: Kafka at " + broker.saslBootstrap() + " refused the connection")
          .containsIgnoringCase("authentication failed")
          .doesNotContain(WRONG_PASSWORD).doesNotContain(SecuredBroker.STORE_PASSWORD);
    }
  }

  private static Pipeline securedPipeline(String prefix, String password) throws Exception {
    Path jaas = Files.createTempFile(dir, "jaas", ".conf");
    Files.writeString(jaas, jaasLine(password));
    Path storePassword = Files.createTempFile(dir, "truststore", ".pw");
    Files.writeString(storePassword, SecuredBroker.STORE_PASSWORD);
    return new Pipeline(kafka, prefix)
        .with("KAFKA_BOOTSTRAP_SERVERS", broker.saslBootstrap())
        .with("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
        .with("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
        .with("KAFKA_SASL_JAAS_CONFIG_FILE", jaas.toString())
        .with("KAFKA_SSL_TRUSTSTORE_LOCATION", broker.truststore.toString())
        .with("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12")
        .with("KAFKA_SSL_TRUSTSTORE_PASSWORD_FILE", storePassword.toString());
  }

  private static Map<String, Object> clientProps(String password) {
    return Map.of("bootstrap.servers", broker.saslBootstrap(), "security.protocol", "SASL_SSL",
        "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", jaasLine(password),
        "ssl.truststore.location", broker.truststore.toString(), "ssl.truststore.type", "PKCS12",
        "ssl.truststore.password", SecuredBroker.STORE_PASSWORD);
  }

  private static String jaasLine(String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + USER
        + "\" password=\"" + password + "\";";
  }
}
