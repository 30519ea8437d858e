package io.jmsgerrors.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.http.HttpService;
import io.jmsgerrors.metrics.MetricsRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two API instances on real HTTP ports: each merges the other's local part into its answer. */
class WebRoutesHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final long MINUTE = 60_000L;
  private static final long NOW = 1_764_100_000_000L - 1_764_100_000_000L % MINUTE + 1_000;
  private static final long CURRENT = NOW - NOW % MINUTE;

  private final List<HttpService> services = new ArrayList<>();
  private final List<String> peersOfA = new ArrayList<>();
  private final List<String> peersOfB = new ArrayList<>();

  @AfterEach
  void stop() {
    services.forEach(HttpService::close);
  }

  @Test
  void shouldGiveTheSameMergedAnswerFromEitherInstance() throws Exception {
    HttpService a = start(view(803010, 7), peersOfA);
    HttpService b = start(view(898000, 9), peersOfB);
    peersOfA.add("127.0.0.1:" + b.port());
    peersOfB.add("127.0.0.1:" + a.port());

    String fromA = get(a, "/api/top?minutes=5").body();
    String fromB = get(b, "/api/top?minutes=5").body();

    JsonNode top = JSON.readTree(fromA);
    assertThat(top.path("complete").asBoolean()).isTrue();
    assertThat(top.path("codes").findValues("code")).extracting(JsonNode::asInt).containsExactly(898000, 803010);
    assertThat(JSON.readTree(fromB).path("codes")).isEqualTo(top.path("codes"));
    assertThat(JSON.readTree(get(b, "/api/status").body()).path("lines").path("with_errors").asLong()).isEqualTo(2);
  }

  @Test
  void shouldMarkTheAnswerIncompleteWhenAnInstanceDoesNotAnswer() throws Exception {
    HttpService a = start(view(803010, 7), peersOfA);
    peersOfA.add("127.0.0.1:1");
    peersOfA.add(Peers.UNREACHABLE);

    JsonNode top = JSON.readTree(get(a, "/api/top?minutes=5").body());

    assertThat(top.path("complete").asBoolean()).isFalse();
    assertThat(top.path("codes").get(0).path("count").asLong()).isEqualTo(7);
    assertThat(top.path("instances").get(1).path("ok").asBoolean()).isFalse();
    assertThat(top.path("instances").get(2).path("address").asText()).isEqualTo("unadvertised-1");
    assertThat(top.path("instances").get(2).path("ok").asBoolean()).isFalse();
    assertThat(JSON.readTree(get(a, "/api/status").body()).path("ready").asBoolean()).isFalse();
  }

  @Test
  void shouldServeThePageWithAContentSecurityPolicyAndRefuseWrites() throws Exception {
    HttpService a = start(view(803010, 7), peersOfA);

    HttpResponse<String> page = get(a, "/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'").contains("script-src 'sha256-").doesNotContain("unsafe-inline");
    assertThat(page.body()).contains("Top codes, last 5 minutes").doesNotContain("innerHTML").doesNotContain("<script src").doesNotContain("<link");
    assertThat(get(a, "/nothing").statusCode()).isEqualTo(404);
    assertThat(get(a, "/health/live").statusCode()).isEqualTo(200);
    HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(uri(a, "/api/top"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  private HttpService start(LocalView view, List<String> peers) {
    HttpService http = HttpService.start("127.0.0.1", 0, () -> true, new MetricsRegistry());
    services.add(http);
    http.route("/api/", new WebApi(new LocalAnswers(view, MINUTE, () -> NOW), new Merger(Catalog.builtIn()),
        new Peers(() -> List.copyOf(peers)), "127.0.0.1:" + http.port(), () -> NOW));
    http.route("/", new Page());
    return http;
  }

  private static LocalView view(int code, long count) {
    return new LocalView() {
      @Override
      public List<WindowCount> windows(long fromStart, long toStart) {
        return List.of(new WindowCount(code, "aaaaaaaaaaaaaaaaaaaaaaaa", CURRENT, count));
      }

      @Override
      public Map<String, Long> totals() {
        return Map.of(code + "|aaaaaaaaaaaaaaaaaaaaaaaa|server", count);
      }

      @Override
      public Set<String> activeSpikes() {
        return Set.of();
      }

      @Override
      public Map<String, Long> lineCounts() {
        return Map.of("with_errors", 1L);
      }

      @Override
      public long consumerLag() {
        return 12;
      }

      @Override
      public long lateRecords() {
        return 0;
      }

      @Override
      public boolean ready() {
        return true;
      }
    };
  }

  private static URI uri(HttpService s, String path) {
    return URI.create("http://127.0.0.1:" + s.port() + path);
  }

  private static HttpResponse<String> get(HttpService s, String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri(s, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
