package io.jmsgerrors.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.http.Route;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MINUTE = 60_000L;
  private static final long NOW = 1_764_100_000_000L - 1_764_100_000_000L % MINUTE + 30_000;
  private static final long CURRENT = NOW - NOW % MINUTE;
  private static final String APP_A = "aaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String APP_B = "bbbbbbbbbbbbbbbbbbbbbbbb";

  private final FakeView view = new FakeView();
  private final WebApi api = new WebApi(new LocalAnswers(view, MINUTE, () -> NOW), new Merger(Catalog.builtIn()),
      Peers.none(), "127.0.0.1:8080", () -> NOW);

  @Test
  void shouldAnswerTopCodesWithCountsSparklineAndMeanings() throws IOException {
    view.add(803010, APP_A, CURRENT, 7);
    view.add(803010, APP_B, CURRENT - MINUTE, 3);
    view.add(898000, APP_A, CURRENT - 4 * MINUTE, 4);
    view.add(898000, APP_A, CURRENT - 5 * MINUTE, 100);

    JsonNode top = get("/api/top?minutes=5");

    assertThat(top.path("minutes").asInt()).isEqualTo(5);
    assertThat(top.path("windowSeconds").asInt()).isEqualTo(60);
    assertThat(top.path("end").asLong()).isEqualTo(CURRENT);
    assertThat(top.path("complete").asBoolean()).isTrue();
    assertThat(top.path("instances").get(0).path("address").asText()).isEqualTo("127.0.0.1:8080");
    JsonNode first = top.path("codes").get(0);
    assertThat(first.path("code").asInt()).isEqualTo(803010);
    assertThat(first.path("count").asLong()).isEqualTo(10);
    assertThat(JSON.convertValue(first.path("perWindow"), long[].class)).containsExactly(0, 0, 0, 3, 7);
    assertThat(first.path("category").asText()).isEqualTo("rate-limit");
    assertThat(first.path("message").asText()).isEqualTo("beyond the frequency limit");
    assertThat(first.path("description").asText()).startsWith("发送消息失败");
    assertThat(first.path("hint").asText()).isNotBlank();
    assertThat(first.path("known").asBoolean()).isTrue();
    JsonNode second = top.path("codes").get(1);
    assertThat(second.path("code").asInt()).as("the window before the 5 minutes is not counted").isEqualTo(898000);
    assertThat(second.path("count").asLong()).isEqualTo(4);
  }

  @Test
  void shouldFilterByAppkeyAndPlatformAndRespectTheLimit() throws IOException {
    view.add(803010, APP_A, CURRENT, 7);
    view.add(803010, APP_B, CURRENT, 3);
    view.add(898000, APP_B, CURRENT, 1);
    view.totals.put("803010|" + APP_A + "|android", 7L);
    view.totals.put("803010|" + APP_B + "|ios", 3L);
    view.totals.put("898000|" + APP_B + "|ios", 1L);

    assertThat(counts(get("/api/top?minutes=5&appkey=" + APP_B))).containsExactly("803010=3", "898000=1");
    assertThat(counts(get("/api/top?minutes=5&platform=android"))).containsExactly("803010=7");
    assertThat(counts(get("/api/top?minutes=5&limit=1"))).containsExactly("803010=10");
  }

  @Test
  void shouldAnswerOneCodeWithItsMeaningsAndCounts() throws IOException {
    view.add(803010, APP_A, CURRENT - MINUTE, 5);
    view.totals.put("803010|" + APP_A + "|android", 50L);
    view.totals.put("803010|" + APP_B + "|android", 20L);
    view.totals.put("898000|" + APP_B + "|ios", 1L);

    JsonNode code = get("/api/codes/803010");

    assertThat(code.path("known").asBoolean()).isTrue();
    assertThat(code.path("meanings").get(0).path("message").asText()).isEqualTo("beyond the frequency limit");
    assertThat(code.path("perWindow")).hasSize(60);
    assertThat(code.path("count").asLong()).isEqualTo(5);
    assertThat(code.path("totalsByPlatform").path("android").asLong()).isEqualTo(70);
    assertThat(code.path("totalsByAppkey").path(APP_A).asLong()).isEqualTo(50);
  }

  @Test
  void shouldListActiveSpikesWholeCodesFirst() throws IOException {
    view.spikes.addAll(Set.of("803010|" + APP_A, "898000|all"));

    JsonNode spikes = get("/api/spikes").path("spikes");

    assertThat(spikes).hasSize(2);
    assertThat(spikes.get(0).path("code").asInt()).isEqualTo(898000);
    assertThat(spikes.get(0).path("appkey").asText()).isEqualTo("all");
    assertThat(spikes.get(0).path("message").asText()).isEqualTo("Server internal error");
    assertThat(spikes.get(1).path("appkey").asText()).isEqualTo(APP_A);
  }

  @Test
  void shouldReportThePipelineState() throws IOException {
    view.lines.putAll(Map.of("with_errors", 10L, "without_errors", 30L, "dead_lettered", 2L));

    JsonNode status = get("/api/status");

    assertThat(status.path("ready").asBoolean()).isTrue();
    assertThat(status.path("lines").path("without_errors").asLong()).isEqualTo(30);
    assertThat(status.path("deadLetters").asLong()).isEqualTo(2);
    assertThat(status.path("lateRecords").asLong()).isEqualTo(4);
    assertThat(status.path("consumerLag").asLong()).isEqualTo(12);
    assertThat(status.path("instances")).hasSize(1);
  }

  @Test
  void shouldAnswerLocalPartsWithoutMeaningsForOtherInstances() throws IOException {
    view.add(803010, APP_A, CURRENT, 7);

    JsonNode part = get("/api/top?minutes=5&local=true");

    assertThat(part.path("series").path("803010")).hasSize(5);
    assertThat(part.has("instances")).isFalse();
  }

  @Test
  void shouldAnswerBadParametersWith400AndAJsonError() throws IOException {
    Route.Response r = api.handle(URI.create("/api/top?appkey=%3Cscript%3E"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(r.body()).path("error").asText()).contains("appkey").doesNotContain("<script>");
    assertThat(api.handle(URI.create("/api/codes/12ab")).status()).isEqualTo(400);
    assertThat(api.handle(URI.create("/api/nothing")).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer503WhileTheStoresCannotBeQueried() throws IOException {
    view.unavailable = true;

    Route.Response r = api.handle(URI.create("/api/top"));

    assertThat(r.status()).isEqualTo(503);
    assertThat(JSON.readTree(r.body()).path("error").asText()).contains("not queryable");
  }

  private JsonNode get(String uri) throws IOException {
    Route.Response r = api.handle(URI.create(uri));
    assertThat(r.status()).as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static List<String> counts(JsonNode top) {
    List<String> out = new ArrayList<>();
    top.path("codes").forEach(c -> out.add(c.path("code").asInt() + "=" + c.path("count").asLong()));
    return out;
  }

  private static final class FakeView implements LocalView {
    final List<WindowCount> windows = new ArrayList<>();
    final Map<String, Long> totals = new java.util.HashMap<>();
    final Set<String> spikes = new java.util.HashSet<>();
    final Map<String, Long> lines = new java.util.HashMap<>();
    boolean unavailable;

    void add(int code, String appkey, long start, long count) {
      windows.add(new WindowCount(code, appkey, start, count));
    }

    @Override
    public List<WindowCount> windows(long fromStart, long toStart) {
      if (unavailable) {
        throw new StreamsLocalView.StoresUnavailable(new IllegalStateException("rebalancing"));
      }
      return windows.stream().filter(w -> w.windowStart() >= fromStart && w.windowStart() <= toStart).toList();
    }

    @Override
    public Map<String, Long> totals() {
      return totals;
    }

    @Override
    public Set<String> activeSpikes() {
      return spikes;
    }

    @Override
    public Map<String, Long> lineCounts() {
      return lines;
    }

    @Override
    public long consumerLag() {
      return 12;
    }

    @Override
    public long lateRecords() {
      return 4;
    }

    @Override
    public boolean ready() {
      return true;
    }
  }
}
