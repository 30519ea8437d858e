package io.jmsgerrors.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts, categories and hints of the shipped catalog. */
class CatalogContentTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  @Test
  void shouldHoldTheExpectedNumberOfEntriesPerPlatformAndSource() {
    Map<String, Long> counts = CATALOG.entries().stream()
        .collect(Collectors.groupingBy(e -> e.platform().id() + "/" + e.source().id(), Collectors.counting()));

    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("server/current", 179L), Map.entry("server/undocumented", 11L),
        Map.entry("server/historical", 16L), Map.entry("android/current", 42L),
        Map.entry("android-rtc/current", 11L), Map.entry("ios/current", 34L),
        Map.entry("ios/historical", 14L), Map.entry("ios/undocumented", 1L),
        Map.entry("ios-rtc/current", 8L), Map.entry("web/current", 75L),
        Map.entry("web/historical", 22L), Map.entry("web/undocumented", 2L)));
    assertThat(CATALOG.size()).isEqualTo(415);
  }

  @Test
  void shouldHoldAbout170CurrentClientCodes() {
    long client = CATALOG.entries().stream()
        .filter(e -> e.source() == Source.CURRENT && e.platform() != Platform.SERVER)
        .count();

    assertThat(client).isEqualTo(170);
  }

  @Test
  void shouldHoldOneEntryPerCodeAndPlatform() {
    Map<String, Long> perKey = CATALOG.entries().stream()
        .collect(Collectors.groupingBy(e -> e.platform().id() + ":" + e.code(), Collectors.counting()));

    assertThat(perKey.values()).allMatch(n -> n == 1);
  }

  @Test
  void everyEntryShouldHaveAKnownCategoryAndAHint() {
    assertThat(CATALOG.entries()).allSatisfy(e -> {
      assertThat(e.category()).as("category of %s", e).isNotEqualTo(Category.UNKNOWN);
      assertThat(e.hint()).as("hint of %s", e).isNotBlank();
      assertThat(e.platform()).isNotEqualTo(Platform.UNKNOWN);
    });
  }

  @Test
  void everyEntryShouldHaveSomeText() {
    assertThat(CATALOG.entries()).allSatisfy(e ->
        assertThat(e.message() + e.description()).as("texts of %s", e).isNotBlank());
  }

  @ParameterizedTest(name = "{0} on {1} is {2}")
  @CsvSource({
      "800017, server, rate-limit", "803010, server, rate-limit", "880209, web, rate-limit",
      "898008, server, auth", "899008, server, auth", "898010, server, auth",
      "898000, server, server", "899000, server, server", "800009, server, server",
      "803001, server, server", "803002, server, server", "898030, server, server", "899030, server, server",
      "871102, android, client-network", "871201, android, client-network", "871310, android, client-network",
      "872001, android-rtc, rtc", "872104, android-rtc, rtc", "871001, ios-rtc, rtc", "871008, ios-rtc, rtc",
      "7100002, server, rtc", "7130001, server, chatroom", "7133001, server, chatroom",
      "847001, server, chatroom", "808001, server, group", "810009, server, group", "786001, server, group",
      "801004, server, login", "800013, server, login", "803008, server, blacklist", "818005, server, blacklist",
      "805002, server, friend", "899070, server, friend", "831001, server, no-disturb",
      "899048, server, no-disturb", "803009, server, message", "864004, ios, media",
      "866001, ios, conversation", "871308, android, client",
      "898003, server, parameter", "880102, web, auth", "6002, ios, client-network"
  })
  void shouldCategorizeByTheDocumentedRules(int code, String platform, String category) {
    List<CatalogEntry> entries = CATALOG.entriesFor(code).stream()
        .filter(e -> e.platform().id().equals(platform))
        .toList();

    assertThat(entries).singleElement().extracting(e -> e.category().id()).isEqualTo(category);
  }

  @Test
  void rateLimitCodesShouldTellTheClientLimit() {
    assertThat(hintOf(803010)).contains("60 messages a minute");
    assertThat(hintOf(800017)).contains("60 a minute");
  }

  @Test
  void shouldGiveCodeHintsWhereTheTableTellsMore() {
    assertThat(hintOf(898010)).contains("token");
    assertThat(hintOf(898030)).contains("retry later");
    assertThat(hintOf(800013)).contains("log in again");
    assertThat(hintOf(803008)).isEqualTo(Category.BLACKLIST.hint());
  }

  @Test
  void mostEntriesShouldCarryTheirCategoryHint() {
    long withCategoryHint = CATALOG.entries().stream().filter(e -> e.hint().equals(e.category().hint())).count();

    assertThat(withCategoryHint).isGreaterThan(CATALOG.size() * 3L / 4).isLessThan(CATALOG.size());
  }

  private static String hintOf(int code) {
    return CATALOG.lookup(code, Platform.UNKNOWN).orElseThrow().hint();
  }
}
