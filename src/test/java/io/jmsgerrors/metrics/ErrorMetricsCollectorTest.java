package io.jmsgerrors.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMetricsCollectorTest {
  static final String A = "4f7aef34fb361292c566a1cd";

  static final class FakeState implements StateSource {
    Map<String, Long> totals = new HashMap<>();
    Map<String, Long> lines = new HashMap<>();
    Map<String, Long> window = new HashMap<>();
    long late;

    @Override public Map<String, Long> totals() { return totals; }
    @Override public Map<String, Long> lineCounts() { return lines; }
    @Override public long lateRecords() { return late; }
    @Override public Map<String, Long> windowCounts(long windowStart) { return window; }
    @Override public boolean ready() { return true; }
  }

  @Test
  void shouldExportTotalsFromState() {
    FakeState s = new FakeState();
    s.totals.put("803010|" + A + "|server", 7L);
    s.totals.put("123456|none|unknown", 2L);
    MetricsRegistry r = new MetricsRegistry();
    r.register(new ErrorMetricsCollector(s, Catalog.builtIn(), 100,
        Clock.fixed(Instant.parse("2026-11-25T10:05:00Z"), ZoneOffset.UTC), Duration.ofMinutes(1), Duration.ofSeconds(30)));
    String text = r.scrape();
    assertThat(text).contains("jmessage_errors_total{appkey=\"" + A + "\"");
  }
}
