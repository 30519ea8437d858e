package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.metrics.ErrorMetricsCollector;
import io.jmsgerrors.metrics.MetricsRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Feeds golden log files through the topology and compares the exact exported jmessage_* metrics. */
class MetricsGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/metrics");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void exportedMetricsMatchTheGoldenFile(String name) throws Exception {
    List<String> lines = Files.readAllLines(DIR.resolve(name + ".log"), StandardCharsets.UTF_8);
    String actual;
    try (TopologyTestSupport t = new TopologyTestSupport()) {
      for (int i = 0; i < lines.size(); i++) {
        t.send(lines.get(i), TopologyTestSupport.T0.plusSeconds(i));
      }
      MetricsRegistry registry = new MetricsRegistry();
      registry.register(new ErrorMetricsCollector(new DriverStateSource(t.driver), Catalog.builtIn(),
          t.config.metricsMaxAppkeys(), Clock.fixed(TopologyTestSupport.T0.plusSeconds(150), ZoneOffset.UTC),
          t.config.windowSize(), t.config.windowGrace()));
      actual = registry.scrape().lines()
          .filter(l -> l.startsWith("jmessage_") && !l.startsWith("jmessage_catalog_info"))
          .sorted().collect(Collectors.joining("\n", "", "\n"));
    }
    Path expected = DIR.resolve(name + ".expected");
    if (Boolean.getBoolean("jmsg.regenerate")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
