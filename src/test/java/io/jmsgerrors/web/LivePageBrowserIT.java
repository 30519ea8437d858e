package io.jmsgerrors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.ServiceHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Opens the live page of a demo run ({@code run --demo}, embedded broker) in Debian's headless
 * Chromium: the rendered DOM shows the top codes and their meanings, and a screenshot is saved
 * ({@code target/live-page.png}; with {@code -Djmsg.regenerate=true} also {@code docs/images/live-page.png}).
 */
class LivePageBrowserIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldShowTheTopCodesAndTheirMeaningsInAHeadlessBrowser() throws Exception {
    Path dir = Files.createTempDirectory("jmsg-page");
    int port = ServiceHttp.freePort();
    Map<String, String> env = Map.of(
        "HTTP_PORT", Integer.toString(port), "HTTP_BIND_ADDRESS", "127.0.0.1",
        "EMBEDDED_KAFKA_PORT", Integer.toString(ServiceHttp.freePort()),
        "EMBEDDED_KAFKA_DIR", dir.resolve("kafka").toString(), "STATE_DIR", dir.resolve("state").toString());
    ServiceHttp http = new ServiceHttp(port);
    try (ChildJvm service = ChildJvm.serviceFromJar(env, "run", "--demo")) {
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
          assertThat(top(http).path("codes").size()).as(service.output()).isGreaterThanOrEqualTo(3));
      String url = "http://127.0.0.1:" + port + "/";

      String dom = chromium(dir, "--dump-dom", url);

      JsonNode first = top(http).path("codes").get(0);
      assertThat(dom).contains("data-code=\"" + first.path("code").asInt() + "\"")
          .contains(escaped(first.path("message").asText()))
          .contains(escaped(first.path("description").asText()))
          .contains("badge ok");
      Path png = Path.of("target", "live-page.png").toAbsolutePath();
      chromium(dir, "--screenshot=" + png, url);
      assertThat(png).isNotEmptyFile();
      if (Boolean.getBoolean("jmsg.regenerate")) {
        Files.createDirectories(Path.of("docs", "images"));
        Files.copy(png, Path.of("docs", "images", "live-page.png"), StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(service.stop(Duration.ofSeconds(90))).isEqualTo(143);
    }
  }

  private static JsonNode top(ServiceHttp http) throws IOException {
    String body = http.body("/api/top?minutes=5&limit=15");
    return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Runs headless Chromium on the page, letting its scripts fetch and render; returns its stdout. */
  private static String chromium(Path dir, String action, String url) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--window-size=1280,900",
        "--hide-scrollbars", "--virtual-time-budget=8000", action, url));
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
