package io.jmsgerrors.reliability;

import io.jmsgerrors.catalog.Catalog;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.testkit.ServiceHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The exactly-once checks every reliability test ends with: the exported totals, the enriched
 * topic read with read_committed, and the closed windows plus late records all equal the input.
 */
final class ExactCounts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SAMPLE = Pattern.compile("^jmessage_errors_total\\{(.*)} (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  static final Duration SETTLE = Duration.ofMinutes(2);

  private ExactCounts() {}

  /** Waits until the live instances' /metrics, summed, account for every input record and event. */
  static void assertMetrics(Expected e, Instance... live) {
    await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      String[] scrapes = new String[live.length];
      for (int i = 0; i < live.length; i++) {
        assertThat(live[i].isAlive()).as("instance alive; output:\n" + live[i].tail()).isTrue();
        scrapes[i] = live[i].http().metrics();
      }
      assertThat(sum(scrapes, "jmessage_log_lines_total", null)).as("lines").isEqualTo(e.records());
      assertThat(sum(scrapes, "jmessage_log_lines_total", "status=\"dead_lettered\"")).as("dead letters").isEqualTo(e.deadLettered());
      assertThat(sum(scrapes, "jmessage_log_lines_total", "status=\"with_errors\"")).as("lines with errors").isEqualTo(e.withErrors());
      assertThat(sum(scrapes, "jmessage_errors_total", null)).as("errors").isEqualTo(e.events());
      Map<String, Long> byCode = new HashMap<>();
      for (String scrape : scrapes) {
        errorsByLabel(scrape, "code").forEach((code, n) -> byCode.merge(code, n, Long::sum));
      }
      assertThat(byCode).as("sum by (code) (jmessage_errors_total)").isEqualTo(Expected.byCode(e.byOrigin(), Catalog.builtIn()));
    });
  }

  /** Sums {@code jmessage_errors_total} samples of one scrape by the value of one label. */
  static Map<String, Long> errorsByLabel(String metrics, String label) {
    Map<String, Long> out = new HashMap<>();
    for (String line : metrics.split("\n")) {
      Matcher s = SAMPLE.matcher(line);
      if (s.matches()) {
        Matcher l = LABEL.matcher(s.group(1));
        String value = null;
        while (l.find()) {
          if (l.group(1).equals(label)) {
            value = l.group(2);
          }
        }
        out.merge(value, Math.round(Double.parseDouble(s.group(2))), Long::sum);
      }
    }
    return out;
  }

  /** Waits until the enriched topic (read_committed) holds exactly the expected events, by origin. */
  static void assertEnriched(Pipeline p, Expected e) {
    await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
      Map<String, Integer> actual = countByOrigin(p.kafka.consumeToEnd(p.topic("ENRICHED_TOPIC"), true));
      assertThat(actual).as(() -> difference(actual, e.byOrigin())).isEqualTo(e.byOrigin());
    });
  }

  /** What two maps (too large to print whole) differ in: the sizes, and the first keys missing, extra or unequal. */
  static String difference(Map<String, Integer> actual, Map<String, Integer> expected) {
    List<String> missing = expected.keySet().stream().filter(k -> !actual.containsKey(k)).sorted().limit(20).toList();
    List<String> extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).sorted().limit(20).toList();
    List<String> unequal = actual.entrySet().stream()
        .filter(en -> expected.containsKey(en.getKey()) && !expected.get(en.getKey()).equals(en.getValue()))
        .map(en -> en.getKey() + "=" + en.getValue() + " (expected " + expected.get(en.getKey()) + ")")
        .sorted().limit(20).toList();
    return "enriched by origin: " + actual.size() + " keys, expected " + expected.size() + "; missing " + missing
        + "; extra " + extra + "; unequal " + unequal;
  }

  /** After {@link Pipeline#produceFlush()}: closed windows (each emitted once) plus late records equal the events before the flush. */
  static void assertWindows(Pipeline p, Expected e, Instance... live) {
    await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
      String[] scrapes = new String[live.length];
      for (int i = 0; i < live.length; i++) {
        scrapes[i] = live[i].http().metrics();
      }
      long late = sum(scrapes, "jmessage_late_records_total", null);
      long closed = sumOfClosedWindows(p.kafka.consumeToEnd(p.topic("RATES_TOPIC"), true), p.future);
      assertThat(closed + late).as("closed windows %d + late %d", closed, late).isEqualTo(e.events() - e.flushEvents());
    });
  }

  static long sum(String[] scrapes, String metric, String labelText) {
    double total = 0;
    for (String s : scrapes) {
      total += labelText == null ? ServiceHttp.sum(s, metric) : ServiceHttp.sum(s, metric, labelText);
    }
    return Math.round(total);
  }

  static Map<String, Integer> countByOrigin(List<ConsumerRecord<byte[], byte[]>> enriched) {
    Map<String, Integer> out = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : enriched) {
      JsonNode n = json(r.value());
      JsonNode o = n.path("origin");
      out.merge(o.path("partition").asInt() + "/" + o.path("offset").asLong() + "/" + n.path("code").asInt(), 1, Integer::sum);
    }
    return out;
  }

  private static long sumOfClosedWindows(List<ConsumerRecord<byte[], byte[]>> rates, long future) {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    long sum = 0;
    for (ConsumerRecord<byte[], byte[]> r : rates) {
      JsonNode n = json(r.value());
      if (n.path("windowStart").asLong() >= future - Duration.ofMinutes(1).toMillis()) {
        continue;
      }
      if (!seen.add(new String(r.key(), StandardCharsets.UTF_8))) {
        duplicates.add(new String(r.key(), StandardCharsets.UTF_8));
      }
      sum += n.path("count").asLong();
    }
    assertThat(duplicates).as("window results emitted more than once").isEmpty();
    return sum;
  }

  static JsonNode json(byte[] value) {
    try {
      return JSON.readTree(value);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
