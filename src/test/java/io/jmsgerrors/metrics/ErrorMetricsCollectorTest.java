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

  static class FakeState implements StateSource {
    Map<String, Long> totals = new HashMap<>();
    /** When set, reading the totals throws it, as a store in a rebalance does. */
    RuntimeException totalsFailure;
    Map<String, Long> lines = new HashMap<>();
    Map<String, Long> window = new HashMap<>();
    long late;

    @Override public Map<String, Long> totals() { return totals; }
    @Override public void forEachTotal(java.util.function.ObjLongConsumer<String> each) {
      if (totalsFailure != null) {
        throw totalsFailure;
      }
      totals.forEach(each::accept);
    }
    @Override public Map<String, Long> lineCounts() { return lines; }
    @Override public long lateRecords() { return late; }
    @Override public Map<String, Long> windowCounts(long windowStart) { return window; }
    @Override public java.util.Set<String> activeSpikes() { return java.util.Set.of(); }
    @Override public boolean ready() { return true; }
  }

  @Test
  void shouldBoundAppkeyLabelsAndKeepTheTotalExactWithFiveThousandAppkeys() {
    FakeState s = new FakeState();
    long expected = 0;
    for (int i = 0; i < 5000; i++) {
      String appkey = String.format("%024x", i * 7919L + 13);
      long n = 1 + (i % 17);
      s.totals.put((i % 2 == 0 ? "803010" : "898000") + "|" + appkey + "|server", n);
      expected += n;
    }
    s.totals.put("803010|none|unknown", 5L);
    s.totals.put("123456|" + A + "|android", 3L);
    expected += 8;
    String text = registry(s, 100).scrape();

    java.util.Set<String> appkeys = new java.util.HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^jmessage_errors_total\\{appkey=\"([^\"]*)\"", java.util.regex.Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      appkeys.add(m.group(1));
    }
    assertThat(appkeys).hasSizeLessThanOrEqualTo(100 + 2).contains("other", "none");
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(text, "jmessage_errors_total")).isEqualTo(expected);
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(text, "jmessage_appkeys_folded")).isEqualTo(5001 - 100);
    assertThat(text).contains("code=\"unknown\"");
  }

  @Test
  void shouldNeverMoveAnAdmittedAppkeyIntoOtherSoEveryExportedCounterStaysMonotonic() {
    FakeState s = new FakeState();
    s.totals.put("803010|" + A + "|server", 1L);
    MetricsRegistry r = registry(s, 1);
    assertThat(r.scrape()).contains("appkey=\"" + A + "\"");
    String big = "ffffffffffffffffffffffff";
    s.totals.put("803010|" + big + "|server", 1000L);
    String text = r.scrape();
    assertThat(text).contains("appkey=\"" + A + "\"").contains("appkey=\"other\"").doesNotContain(big);
  }

  @Test
  void shouldExportEveryLineStatusAndLateRecordsAtZeroFromStartUp() {
    String text = registry(new FakeState(), 100).scrape();
    assertThat(text).contains("jmessage_log_lines_total{status=\"with_errors\"} 0.0")
        .contains("jmessage_log_lines_total{status=\"without_errors\"} 0.0")
        .contains("jmessage_log_lines_total{status=\"dead_lettered\"} 0.0")
        .contains("jmessage_late_records_total 0.0")
        .contains("jmessage_ready 1.0");
  }

  private static MetricsRegistry registry(FakeState s, int maxAppkeys) {
    MetricsRegistry r = new MetricsRegistry();
    r.register(new ErrorMetricsCollector(s, Catalog.builtIn(), maxAppkeys,
        Clock.fixed(Instant.parse("2026-11-25T10:05:00Z"), ZoneOffset.UTC), Duration.ofMinutes(1), Duration.ofSeconds(30)));
    return r;
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

  @Test
  void shouldServeTheLastErrorCountersWhileTheTotalsCannotBeReadAndFreshOnesAfter() {
    FakeState s = new FakeState();
    s.totals.put("803010|" + A + "|server", 7L);
    s.totals.put("803010|" + "b".repeat(24) + "|server", 5L);
    MetricsRegistry r = registry(s, 1);
    String before = r.scrape();
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(before, "jmessage_errors_total")).isEqualTo(12);
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(before, "jmessage_appkeys_folded")).isEqualTo(1);

    s.totalsFailure = new org.apache.kafka.streams.errors.InvalidStateStoreException("rebalancing");
    s.totals.put("803010|" + A + "|server", 9L);
    String during = r.scrape();
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(during, "jmessage_errors_total")).isEqualTo(12);
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(during, "jmessage_appkeys_folded")).isEqualTo(1);
    assertThat(during).contains("jmessage_errors_total{appkey=\"" + A + "\"");

    s.totalsFailure = null;
    assertThat(io.jmsgerrors.testkit.ServiceHttp.sum(r.scrape(), "jmessage_errors_total")).isEqualTo(14);
  }
}
