package io.jmsgerrors.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped catalog holds every row of every source table, with its texts, platform and source. */
class CatalogSourcesTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  /** Codes whose server.tsv texts differ from the seed, which wins. */
  private static final Set<Integer> SEED_WINS = Set.of(818001, 898002);

  /** Historical rows replaced by an undocumented row of the same code and platform. */
  private static final Set<Integer> UNDOCUMENTED_WINS = Set.of(899051, 899052, 899053);

  private static final Map<String, Platform> PLATFORM_COLUMN = Map.of(
      "server", Platform.SERVER, "server_rest", Platform.SERVER, "server(IM TCP)", Platform.SERVER,
      "server(HTTP)", Platform.SERVER, "server(REST v1)", Platform.SERVER,
      "server(REST v1 legacy)", Platform.SERVER, "ios", Platform.IOS, "ios(JCore)", Platform.IOS,
      "web", Platform.WEB);

  static Stream<Arguments> currentRows() {
    return Stream.of(
            Arguments.of("server.tsv", Platform.SERVER), Arguments.of("android.tsv", Platform.ANDROID),
            Arguments.of("android_jmrtc.tsv", Platform.ANDROID_RTC), Arguments.of("ios.tsv", Platform.IOS),
            Arguments.of("ios_jmrtc.tsv", Platform.IOS_RTC), Arguments.of("web.tsv", Platform.WEB))
        .flatMap(a -> SharedTables.tsvRows((String) a.get()[0]).stream()
            .map(r -> Arguments.of(a.get()[0], a.get()[1], r[0], r[1], r[2])));
  }

  static Stream<Arguments> olderRows() {
    return Stream.of(Arguments.of("historical.tsv", Source.HISTORICAL), Arguments.of("undocumented_codes.tsv", Source.UNDOCUMENTED))
        .flatMap(a -> SharedTables.tsvRows((String) a.get()[0]).stream()
            .map(r -> Arguments.of(a.get()[0], a.get()[1], r[0], r[1], r[2], r[3])));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("currentRows")
  void catalogShouldHoldEveryCurrentRow(String file, Platform platform, String code, String message, String description) {
    int n = Integer.parseInt(code);
    if (Catalog.isNotJMessageCode(n)) {
      assertThat(CATALOG.contains(n)).as("%s is not a JMessage error code", code).isFalse();
      return;
    }
    CatalogEntry e = entry(n, platform).orElseThrow(() -> new AssertionError(file + " " + code + " missing"));

    assertThat(e.source()).isEqualTo(Source.CURRENT);
    if (!SEED_WINS.contains(n) || platform != Platform.SERVER) {
      assertThat(e.message()).isEqualTo(message);
      assertThat(e.description()).isEqualTo(description);
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("olderRows")
  void catalogShouldHoldEveryHistoricalAndUndocumentedRow(
      String file, Source source, String code, String message, String description, String platformColumn) {
    int n = Integer.parseInt(code);
    if (Catalog.isNotJMessageCode(n)) {
      assertThat(CATALOG.contains(n)).as("%s is plugin-level, not JMessage", code).isFalse();
      return;
    }
    Platform platform = PLATFORM_COLUMN.get(platformColumn);
    assertThat(platform).as("platform column '%s'", platformColumn).isNotNull();
    CatalogEntry e = entry(n, platform).orElseThrow(() -> new AssertionError(file + " " + code + " missing"));

    if (source == Source.HISTORICAL && UNDOCUMENTED_WINS.contains(n)) {
      assertThat(e.source()).isEqualTo(Source.UNDOCUMENTED);
      return;
    }
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.message()).isEqualTo(message);
    assertThat(e.description()).isEqualTo(description);
  }

  @Test
  void seedWinsOnlyWhereTheNewerServerTableWordsACodeDifferently() {
    Map<String, String[]> seed = SharedTables.seedRows().stream().collect(Collectors.toMap(r -> r[0], r -> r));
    List<Integer> differing = SharedTables.tsvRows("server.tsv").stream()
        .filter(r -> seed.containsKey(r[0]))
        .filter(r -> !r[1].equals(seed.get(r[0])[1]) || !r[2].equals(seed.get(r[0])[2]))
        .map(r -> Integer.parseInt(r[0]))
        .toList();

    assertThat(differing).containsExactlyInAnyOrderElementsOf(SEED_WINS);
  }

  @Test
  void iosEnumNamesShouldHaveNothingLeftToFill() {
    List<String[]> constants = SharedTables.tsvRows("ios_constants.tsv");

    assertThat(constants).hasSize(90);
    assertThat(constants).allSatisfy(r -> assertThat(CATALOG.entriesFor(Integer.parseInt(r[0])))
        .as("entries of %s", r[0])
        .allSatisfy(e -> assertThat(e.message()).isNotEmpty()));
  }

  @Test
  void shouldLeaveOutSuccessAndThePluginLevelCodes() {
    for (int code = 0; code <= 5; code++) {
      assertThat(Catalog.isNotJMessageCode(code)).isTrue();
      assertThat(CATALOG.contains(code)).isFalse();
    }
    assertThat(Catalog.isNotJMessageCode(803010)).isFalse();
  }

  private static Optional<CatalogEntry> entry(int code, Platform platform) {
    return CATALOG.entriesFor(code).stream().filter(e -> e.platform() == platform).findFirst();
  }
}
