package io.jmsgerrors.bench;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.metrics.ErrorMetricsCollector;
import io.jmsgerrors.metrics.MetricsRegistry;
import io.jmsgerrors.metrics.StateSource;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code /metrics} scrape per operation: the service's registry (JVM meters and the error
 * collector) written as Prometheus text, over a state holding {@code keys} totals keys
 * {@code code|appkey|platform} spread over 424 codes (400 catalog codes, 24 unknown) and 10,000
 * appkeys with a skewed volume, a quarter as many window keys, the line counts and a few spikes.
 * Every read returns fresh maps with fresh key strings, as interactive queries do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetricsScrapeBench {
  @Param({"10000", "40000"})
  public int keys;

  /** 100 is the default; 10000 exports every appkey, so every totals key is its own series. */
  @Param({"100", "10000"})
  public int maxAppkeys;

  private MetricsRegistry registry;
  private ErrorMetricsCollector collector;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);

  @Setup
  public void setUp() throws IOException {
    Catalog catalog = Catalog.builtIn();
    BenchState state = BenchState.of(catalog, keys, new Random(20261125));
    collector = new ErrorMetricsCollector(state, catalog, maxAppkeys,
        Clock.fixed(Instant.parse("2026-11-25T10:05:00Z"), ZoneOffset.UTC), Duration.ofMinutes(1), Duration.ofSeconds(30));
    registry = new MetricsRegistry();
    registry.register(collector);
    registry.scrape(out);
    long series = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("jmessage_")).count();
    System.out.printf("%n[setup] %d totals keys, %d jmessage_ series, %d bytes of text%n", keys, series, out.size());
  }

  @TearDown
  public void tearDown() {
    registry.close();
  }

  @Benchmark
  public int scrape() throws IOException {
    out.reset();
    registry.scrape(out);
    return out.size();
  }

  @Benchmark
  public MetricSnapshots collect() {
    return collector.collect();
  }

  /** A state source over fixed content that copies it on every read, as a store iteration would. */
  static final class BenchState implements StateSource {
    private final Map<String, Long> totals;
    private final Map<String, Long> window;
    private final Map<String, Long> lines = Map.of("with_errors", 400_219L, "without_errors", 599_781L, "dead_lettered", 12L);
    private final Set<String> spikes;

    private BenchState(Map<String, Long> totals, Map<String, Long> window, Set<String> spikes) {
      this.totals = totals;
      this.window = window;
      this.spikes = spikes;
    }

    static BenchState of(Catalog catalog, int keys, Random random) {
      int[] codes = codes(catalog);
      Platform[] platforms = Platform.values();
      Map<String, Long> totals = new HashMap<>();
      Map<String, Long> window = new HashMap<>();
      while (totals.size() < keys) {
        int code = codes[(int) (codes.length * Math.pow(random.nextDouble(), 2))];
        String appkey = random.nextInt(50) == 0 ? "none" : String.format("%024x", (long) (10_000 * Math.pow(random.nextDouble(), 3)));
        String windowKey = code + "|" + appkey;
        totals.put(windowKey + "|" + platforms[random.nextInt(platforms.length)].id(), 1L + random.nextInt(1000));
        if (random.nextInt(4) == 0) {
          window.put(windowKey, 1L + random.nextInt(50));
        }
      }
      Set<String> spikes = new HashSet<>();
      for (int i = 0; i < 20; i++) {
        spikes.add(codes[i] + "|" + (i % 2 == 0 ? "all" : String.format("%024x", i)));
      }
      return new BenchState(totals, window, spikes);
    }

    private static int[] codes(Catalog catalog) {
      TreeSet<Integer> known = new TreeSet<>();
      for (CatalogEntry e : catalog.entries()) {
        known.add(e.code());
      }
      int[] codes = new int[424];
      int i = 0;
      for (int c : known) {
        if (i == 400) {
          break;
        }
        codes[i++] = c;
      }
      for (int c = 990_001; i < codes.length; c++) {
        if (!catalog.contains(c)) {
          codes[i++] = c;
        }
      }
      return codes;
    }

    private static <V> Map<String, V> copy(Map<String, V> m) {
      Map<String, V> c = new HashMap<>();
      m.forEach((k, v) -> c.put(new String(k), v));
      return c;
    }

    @Override public Map<String, Long> totals() { return copy(totals); }
    @Override public Map<String, Long> lineCounts() { return copy(lines); }
    @Override public long lateRecords() { return 17; }
    @Override public Map<String, Long> windowCounts(long windowStart) { return copy(window); }
    @Override public Set<String> activeSpikes() { return new HashSet<>(spikes); }
    @Override public boolean ready() { return true; }
  }
}
