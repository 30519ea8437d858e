package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void shouldExplainACodeInEnglishAndChineseWithCategoryPlatformSourceAndHint() {
    CliRun run = CliRun.of("explain", "803010");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("803010", "beyond the frequency limit", "发送消息失败，发送频率超过系统限制，无法发送，客户端限制每分钟60条")
        .contains("category:  rate-limit", "platform:  server", "source:    current")
        .contains("60 messages a minute");
  }

  @Test
  void shouldPrintOneJsonObjectPerCodeWithTheRequiredFields() throws Exception {
    CliRun run = CliRun.of("explain", "--json", "899009", "871303");

    assertThat(run.exit()).isZero();
    List<JsonNode> lines = json(run);
    assertThat(lines).hasSize(2);
    JsonNode first = lines.get(0);
    assertThat(first.get("code").isInt()).isTrue();
    assertThat(first.get("code").asInt()).isEqualTo(899009);
    assertThat(first.get("message").asText()).isEqualTo("Appkey not exit");
    assertThat(first.get("description").asText()).isEqualTo("Appkey不存在");
    assertThat(first.get("category").asText()).isEqualTo("auth");
    assertThat(first.get("source").asText()).isEqualTo("current");
    assertThat(first.get("platform").asText()).isEqualTo("server");
    assertThat(first.get("hint").asText()).isNotBlank();
    assertThat(first.get("platforms").toString()).isEqualTo("[\"server\"]");
    assertThat(lines.get(1).get("platform").asText()).isEqualTo("android");
    assertThat(lines.get(1).get("message").asText()).isEqualTo("Invalid username.");
  }

  @Test
  void shouldFailWithOneLinePerUnknownCodeButStillExplainTheKnownOnes() {
    CliRun run = CliRun.of("explain", "123456", "803005", "abc", "3");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("803005", "user not in group").doesNotContain("123456");
    assertThat(run.errLines()).containsExactly(
        "jmsg-errors: unknown code 123456: not in the JMessage code catalog",
        "jmsg-errors: 'abc' is not a code (expected a number such as 803010)",
        "jmsg-errors: 3 is not a JMessage error code (0 is success, 1-5 are plugin-level codes)");
  }

  @Test
  void shouldUseTheGivenPlatformAndFallBackToTheServerTable() throws Exception {
    CliRun onIos = CliRun.of("explain", "--json", "--platform", "ios", "871001");
    CliRun onAndroid = CliRun.of("explain", "--json", "--platform", "android", "803010");

    assertThat(json(onIos).get(0).get("platform").asText()).isEqualTo("ios-rtc");
    assertThat(json(onAndroid).get(0).get("platform").asText()).isEqualTo("server");
    assertThat(onAndroid.exit()).isZero();
  }

  @Test
  void shouldRejectAnUnknownPlatformWithOneClearLine() {
    CliRun run = CliRun.of("explain", "--platform", "symbian", "803010");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .contains("unknown platform 'symbian'", "android-rtc");
  }

  @Test
  void shouldRequireAtLeastOneCode() {
    assertThat(Main.execute("explain")).isEqualTo(2);
  }

  @Test
  void shouldReturnExitCodesThroughMainExecute() {
    assertThat(Main.execute("explain", "898010")).isZero();
    assertThat(Main.execute("explain", "898010", "999999")).isEqualTo(1);
  }

  @Test
  void shouldShowHelp() {
    CliRun run = CliRun.of("explain", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: jmsg-errors explain", "--platform", "--json", "Exit codes");
  }

  private static List<JsonNode> json(CliRun run) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : run.outLines()) {
      nodes.add(MAPPER.readTree(line));
    }
    return nodes;
  }
}
