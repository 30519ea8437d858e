package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.ServiceHttp;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Floods the packaged service with 5,000 distinct appkeys and thousands of unknown codes: /metrics
 * must keep at most METRICS_MAX_APPKEYS + 2 appkey label values and only catalog codes or
 * "unknown" as code labels, report the folded appkeys, and still add up to the exact totals.
 */
@ExtendWith(SharedKafkaBroker.class)
class CardinalityIT {
  static final int APPKEYS = Integer.getInteger("jmsg.it.cardinality.appkeys", 5_000);
  static final int UNKNOWN_CODES = 5_000;
  static final int MAX_APPKEYS = 100;

  @Test
  void shouldBoundTheLabelsAndKeepTheTotalsExactUnderAnAppkeyAndCodeFlood(KafkaTestKit kafka) {
    Pipeline p = new Pipeline(kafka, "cardinality").with("METRICS_MAX_APPKEYS", Integer.toString(MAX_APPKEYS));
    List<byte[]> lines = flood(new Random(5));
    p.produce(lines);
    Map<String, Long> expectedByAppkey = expectedByAppkey(lines);
    assertThat(expectedByAppkey).as("the parser sees every planted appkey").hasSize(APPKEYS + 1);

    try (Instance service = p.instance()) {
      service.start();
      Pipeline.awaitLines(lines.size(), Duration.ofMinutes(3), service);
      Expected e = Expected.of(p);
      assertThat(Expected.byCode(e.byOrigin(), Catalog.builtIn())).as("the flood holds unknown codes").containsKey("unknown");
      ExactCounts.assertMetrics(e, service);

      await().atMost(ExactCounts.SETTLE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
        String m = service.http().metrics();
        Map<String, Long> byAppkey = ExactCounts.errorsByLabel(m, "appkey");
        Set<String> codes = ExactCounts.errorsByLabel(m, "code").keySet();
        assertThat(byAppkey.size()).as("appkey label values").isLessThanOrEqualTo(MAX_APPKEYS + 2);
        assertThat(byAppkey).containsKeys("other", "none");
        Catalog catalog = Catalog.builtIn();
        assertThat(codes).allMatch(c -> c.equals("unknown") || catalog.contains(Integer.parseInt(c)));
        assertThat(byAppkey.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(e.events());
        long admitted = 0;
        long admittedEvents = 0;
        for (Map.Entry<String, Long> a : byAppkey.entrySet()) {
          if (!a.getKey().equals("other") && !a.getKey().equals("none")) {
            admitted++;
            assertThat(a.getValue()).as("total of appkey %s", a.getKey()).isEqualTo(expectedByAppkey.get(a.getKey()));
            admittedEvents += a.getValue();
          }
        }
        assertThat(admitted).isEqualTo(MAX_APPKEYS);
        assertThat(byAppkey.get("none")).isEqualTo(expectedByAppkey.get("none"));
        assertThat(byAppkey.get("other")).isEqualTo(e.events() - admittedEvents - expectedByAppkey.get("none"));
        assertThat(ServiceHttp.sum(m, "jmessage_appkeys_folded")).isEqualTo(APPKEYS - MAX_APPKEYS);
        assertThat(Expected.byCode(e.byOrigin(), catalog)).isEqualTo(ExactCounts.errorsByLabel(m, "code"));
      });
      service.stopCleanly();
    }
  }

  /** Every appkey logs 1 to 4 known errors; a run of unknown codes names no appkey. */
  private static List<byte[]> flood(Random random) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < APPKEYS; i++) {
      String appkey = String.format(Locale.ROOT, "%08x%016x", i, random.nextLong());
      for (int n = 0; n <= i % 4; n++) {
        out.add(utf8("{\"appkey\":\"" + appkey + "\",\"error\":{\"code\":803010,\"message\":\"rate limited\"}}"));
      }
    }
    for (int i = 0; i < UNKNOWN_CODES; i++) {
      out.add(utf8("{\"error\":{\"code\":" + (870000 + i) + ",\"message\":\"not in the catalog\"}}"));
    }
    return out;
  }

  private static Map<String, Long> expectedByAppkey(List<byte[]> lines) {
    LogParser parser = new LogParser(Catalog.builtIn());
    Map<String, Long> out = new HashMap<>();
    for (byte[] line : lines) {
      for (ErrorEvent e : parser.parse(line)) {
        out.merge(e.appkey() == null ? "none" : e.appkey(), 1L, Long::sum);
      }
    }
    return out;
  }



  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
