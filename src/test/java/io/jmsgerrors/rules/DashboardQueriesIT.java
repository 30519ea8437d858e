package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus scraping `run --demo` must return data for every dashboard query and recording rule.
 * With -Djmsg.it.service=host:port it scrapes an already running service instead of starting the jar.
 */
class DashboardQueriesIT {
  /** Queries allowed to be empty: spikes exist only while the demo's injected spikes last. */
  static final List<String> MAY_BE_EMPTY = List.of("jmessage_spikes_active");

  @TempDir
  static Path dir;
  static Process service;
  static Process prometheus;
  static PrometheusApi api;

  @BeforeAll
  static void startServiceAndPrometheus() throws IOException {
    Tools.require("prometheus");
    String external = System.getProperty("jmsg.it.service", "");
    startPrometheus(external.isBlank() ? startService() : external);
  }

  /** Starts `run --demo` on free ports in the temp dir; returns its host:port once ready. */
  static String startService() throws IOException {
    Path jar = ProjectFiles.ROOT.resolve("target/jmsg-errors.jar");
    assertThat(jar).as("build the jar first (mvn package)").exists();
    int httpPort = freePort();
    ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar.toString(), "run", "--demo");
    run.environment().keySet().removeIf(k -> k.startsWith("KAFKA_"));
    run.environment().putAll(Map.of("HTTP_PORT", String.valueOf(httpPort),
        "EMBEDDED_KAFKA_PORT", String.valueOf(freePort()), "EMBEDDED_KAFKA_DIR", dir.resolve("kafka").toString(),
        "STATE_DIR", dir.resolve("state").toString(), "HTTP_BIND_ADDRESS", "127.0.0.1"));
    service = run.redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile()).start();
    await("jmsg-errors /health/ready (log: " + dir.resolve("service.log") + ")").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1)).until(() -> {
          assertThat(service.isAlive()).as(() -> "service exited: " + log("service.log")).isTrue();
          return PrometheusApi.status("http://127.0.0.1:" + httpPort + "/health/ready") == 200;
        });
    return "127.0.0.1:" + httpPort;
  }

  /** Starts Debian's prometheus scraping the target every second with the project's rules. */
  static void startPrometheus(String target) throws IOException {
    Path promBinary = Tools.require("prometheus");
    int promPort = freePort();
    Files.writeString(dir.resolve("prometheus.yml"), """
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        rule_files:
          - %s
        scrape_configs:
          - job_name: jmsg-errors
            static_configs:
              - targets: ["%s"]
        """.formatted(ProjectFiles.RULES, target));
    prometheus = new ProcessBuilder(promBinary.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
        "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + promPort)
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    api = new PrometheusApi(promPort);
    await("prometheus ready").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(api::ready);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (Process p : new Process[] {prometheus, service}) {
      if (p != null) {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  @Test
  void everyDashboardQueryAndRecordingRuleShouldReturnData() {
    await("every dashboard query and recording rule returns data").atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(failing()).as("queries without data or with errors").isEmpty());
  }

  /** The queries that return no data (or an error) right now, each with the reason. */
  static List<String> failing() {
    String code = api.firstLabel("topk(1, sum by (code) (jmessage_errors_total{code!=\"unknown\"}))", "code", "898000");
    String appkey = api.firstLabel("topk(1, sum by (appkey) (jmessage_errors_total{appkey!~\"none|other\"}))",
        "appkey", ".+");
    Map<String, String> queries = new LinkedHashMap<>();
    for (Path file : DashboardFiles.all()) {
      for (String expr : DashboardFiles.expressions(DashboardFiles.read(file))) {
        queries.put(PromQlNames.substituteGrafanaVariables(expr, code, appkey), file.getFileName().toString());
      }
    }
    for (RulesFile.Rule rule : RulesFile.load().rules()) {
      if (rule.record() != null && !rule.expr().contains("offset")) {
        queries.put(rule.record(), "recording rule");
      }
    }
    List<String> failing = new ArrayList<>();
    queries.forEach((query, where) -> {
      if (MAY_BE_EMPTY.stream().anyMatch(query::contains)) {
        return;
      }
      try {
        if (api.query(query).isEmpty()) {
          failing.add(where + ": no data: " + query);
        }
      } catch (IllegalStateException e) {
        failing.add(where + ": " + e.getMessage() + ": " + query);
      }
    });
    return failing;
  }

  private static String log(String name) {
    try {
      String text = Files.readString(dir.resolve(name));
      return text.substring(Math.max(0, text.length() - 4000));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
