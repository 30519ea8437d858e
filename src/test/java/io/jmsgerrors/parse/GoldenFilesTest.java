package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parses every golden {@code .log} file and compares the events with its {@code .expected} file exactly. */
class GoldenFilesTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".log"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  static List<String> actual(String name) throws IOException {
    LogParser parser = new LogParser(Catalog.builtIn(), CLOCK, ZoneOffset.UTC);
    List<byte[]> records = GoldenFormat.records(Files.readString(DIR.resolve(name + ".log")));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      int record = i + 1;
      parser.parse(records.get(i), e -> out.add(GoldenFormat.line(record, e)));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldFindExactlyTheExpectedEvents(String name) throws IOException {
    List<String> expected = Files.readAllLines(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
    if (Boolean.getBoolean("golden.update")) {
      Files.write(DIR.resolve(name + ".expected"), actual(name), StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual(name)).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldHaveAnExpectedFileForEveryLogFile() throws IOException {
    assertThat(cases().filter(n -> !Files.exists(DIR.resolve(n + ".expected")))).isEmpty();
    assertThat(cases().count()).isGreaterThanOrEqualTo(10);
  }
}
