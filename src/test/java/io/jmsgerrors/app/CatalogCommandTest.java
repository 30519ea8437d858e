package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Catalog CATALOG = Catalog.builtIn();

  @Test
  void jsonShouldHoldEveryEntryWithItsExactFields() throws Exception {
    CliRun run = CliRun.of("catalog", "--json");

    assertThat(run.exit()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.outLines()) {
      lines.add(MAPPER.readTree(line));
    }
    assertThat(lines).hasSize(CATALOG.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = lines.get(i);
      CatalogEntry e = CATALOG.entries().get(i);
      assertThat(n.get("code").isInt()).isTrue();
      assertThat(n.get("code").asInt()).isEqualTo(e.code());
      assertThat(n.get("platform").asText()).isEqualTo(e.platform().id());
      assertThat(n.get("message").asText()).isEqualTo(e.message());
      assertThat(n.get("description").asText()).isEqualTo(e.description());
      assertThat(n.get("category").asText()).isEqualTo(e.category().id());
      assertThat(n.get("source").asText()).isEqualTo(e.source().id());
      assertThat(n.get("hint").asText()).isEqualTo(e.hint());
    }
  }

  @Test
  void shouldPrintAReadableTableWithAHeaderAndACount() {
    CliRun run = CliRun.of("catalog");

    String[] lines = run.outLines();
    assertThat(run.exit()).isZero();
    assertThat(lines[0]).startsWith("CODE").contains("PLATFORM", "CATEGORY", "SOURCE", "MESSAGE", "DESCRIPTION");
    assertThat(lines).hasSize(CATALOG.size() + 2);
    assertThat(run.out()).containsPattern("\\n803010 +server +rate-limit +current +beyond the frequency limit +发送消息失败");
    assertThat(lines[lines.length - 1]).isEqualTo(
        CATALOG.size() + " of " + CATALOG.size() + " entries, catalog version " + CATALOG.version());
  }

  @Test
  void shouldFilterByPlatformAndCategory() {
    CliRun run = CliRun.of("catalog", "--json", "--platform", "web", "--category", "rate-limit");

    assertThat(run.outLines()).singleElement().asString().contains("\"code\":880209");
  }

  @Test
  void shouldRejectAnUnknownCategoryWithOneClearLine() {
    CliRun run = CliRun.of("catalog", "--category", "weather");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("unknown category 'weather'");
  }

  @Test
  void shouldShowHelp() {
    CliRun run = CliRun.of("catalog", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: jmsg-errors catalog", "--json", "--platform", "--category");
    assertThat(Main.execute("catalog", "--json", "--category", "rate-limit")).isZero();
  }
}
