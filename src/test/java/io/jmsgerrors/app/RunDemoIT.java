package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.ServiceHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's run command: {@code java -jar target/jmsg-errors.jar run --demo} with no Kafka
 * configured starts the embedded broker, becomes ready, and its counts grow; SIGTERM stops it
 * cleanly (exit code 143, the JVM's code for SIGTERM, after the clean close), and a second start on the same data finds its topics and state.
 */
class RunDemoIT {

  @Test
  void readmeRunCommandBringsUpTheEmbeddedBrokerAndThePipeline() throws Exception {
    Path dir = Files.createTempDirectory("jmsg-demo");
    int httpPort = ServiceHttp.freePort();
    Map<String, String> env = Map.of(
        "HTTP_PORT", Integer.toString(httpPort), "HTTP_BIND_ADDRESS", "127.0.0.1",
        "EMBEDDED_KAFKA_PORT", Integer.toString(ServiceHttp.freePort()),
        "EMBEDDED_KAFKA_DIR", dir.resolve("kafka").toString(), "STATE_DIR", dir.resolve("state").toString());
    ServiceHttp http = new ServiceHttp(httpPort);
    double linesBefore;
    try (ChildJvm service = ChildJvm.serviceFromJar(env, "run", "--demo")) {
      service.awaitOutput("EMBEDDED Kafka broker", Duration.ofSeconds(60));
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(http.status("/health/ready")).as(service.output()).isEqualTo(200));
      assertThat(http.status("/health/live")).isEqualTo(200);
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
          assertThat(ServiceHttp.sum(http.metrics(), "jmessage_errors_total")).isGreaterThan(0));
      double first = ServiceHttp.sum(http.metrics(), "jmessage_log_lines_total");
      await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
          assertThat(ServiceHttp.sum(http.metrics(), "jmessage_log_lines_total")).isGreaterThan(first));
      linesBefore = ServiceHttp.sum(http.metrics(), "jmessage_log_lines_total");
      assertThat(service.stop(Duration.ofSeconds(90))).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
      assertThat(service.output()).contains("jmsg-errors: stopped").doesNotContain("fatal");
    }
    try (ChildJvm again = ChildJvm.serviceFromJar(env, "run")) {
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(http.status("/health/ready")).as(again.output()).isEqualTo(200));
      await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
          assertThat(ServiceHttp.sum(http.metrics(), "jmessage_log_lines_total"))
              .as("totals continue from the committed state after a restart").isGreaterThanOrEqualTo(linesBefore));
      assertThat(again.stop(Duration.ofSeconds(90))).isEqualTo(143);
    }
  }
}
