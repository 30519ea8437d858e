package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker-compose.yml passes the compose parser and wires Kafka, the service, Prometheus and Grafana. */
class ComposeFileTest {
  private static final JsonNode COMPOSE = DeployFiles.yaml("docker-compose.yml");

  /** `docker compose` (v2 plugin) when present, else the standalone docker-compose from Debian. */
  private static List<String> composeCommand() {
    if (ExternalTool.onPath("docker")
        && ExternalTool.run(List.of("docker", "compose", "version")).exitCode() == 0) {
      return new ArrayList<>(List.of("docker", "compose"));
    }
    ExternalTool.require("docker-compose");
    return new ArrayList<>(List.of("docker-compose"));
  }

  private static ExternalTool.Result config(Path file) {
    List<String> command = composeCommand();
    command.addAll(List.of("--project-directory", DeployFiles.root().toString(), "-f", file.toString(), "config", "-q"));
    return ExternalTool.run(command);
  }

  @Test
  void shouldBeAcceptedByTheComposeParser() {
    ExternalTool.Result result = config(DeployFiles.path("docker-compose.yml"));

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void shouldBeRejectedByTheComposeParserWithAMisspelledKey(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("docker-compose.yml");
    Files.writeString(broken, DeployFiles.read("docker-compose.yml").replace("    healthcheck:", "    helthcheck:"));

    assertThat(config(broken).exitCode()).isNotZero();
  }

  @Test
  void shouldRunKraftKafkaFromTheOfficialImage() {
    JsonNode kafka = COMPOSE.path("services").path("kafka");
    String tag = kafka.path("image").asText().replace("apache/kafka:", "");

    assertThat(kafka.path("image").asText()).startsWith("apache/kafka:");
    assertThat(Runtime.Version.parse(tag)).isGreaterThanOrEqualTo(Runtime.Version.parse("4.1.1"));
    assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    assertThat(kafka.path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("//kafka:9092");
  }

  @Test
  void shouldFormatKafkaWithACanonicalClusterId() {
    String clusterId = COMPOSE.path("services").path("kafka").path("environment").path("CLUSTER_ID").asText();

    assertThat(Uuid.fromString(clusterId).toString()).isEqualTo(clusterId);
  }

  @Test
  void shouldStartTheServiceOnAHealthyKafkaWithTheDemoFeed() {
    JsonNode service = COMPOSE.path("services").path("jmsg-errors");

    assertThat(service.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
    assertThat(service.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
    assertThat(service.path("command")).extracting(JsonNode::asText).contains("--demo");
    assertThat(service.path("healthcheck").path("test").toString()).contains("/health/ready");
  }

  @Test
  void shouldGiveEveryServiceAHealthcheckAndAMemoryLimit() {
    COMPOSE.path("services").properties().forEach(entry -> {
      assertThat(entry.getValue().has("healthcheck")).as("%s healthcheck", entry.getKey()).isTrue();
      assertThat(entry.getValue().path("deploy").path("resources").path("limits").has("memory"))
          .as("%s memory limit", entry.getKey()).isTrue();
    });
  }

  @Test
  void shouldMountTheRulesDashboardsAndTheScrapeConfigByTheirPaths() {
    String prometheus = COMPOSE.path("services").path("prometheus").path("volumes").toString();
    String grafana = COMPOSE.path("services").path("grafana").path("volumes").toString();

    assertThat(prometheus).contains("./prometheus/prometheus.yml:", "./prometheus/rules:");
    assertThat(grafana).contains("./grafana/provisioning:", "./grafana/dashboards:");
    assertThat(COMPOSE.path("volumes").has("jmsg-state")).isTrue();
  }

  @Test
  void shouldScrapeTheServiceAndLoadTheRulesInPrometheus() {
    JsonNode prometheus = DeployFiles.yaml("prometheus/prometheus.yml");
    ExternalTool.Result check = ExternalTool.run(List.of("promtool", "check", "config", "prometheus/prometheus.yml"));

    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(prometheus.path("rule_files").toString()).contains("/etc/prometheus/rules/*.yml");
    assertThat(prometheus.path("scrape_configs").toString()).contains("jmsg-errors:8080", "/metrics");
  }
}
