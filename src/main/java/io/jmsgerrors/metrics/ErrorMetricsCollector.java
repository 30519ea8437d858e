package io.jmsgerrors.metrics;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.topology.CountKey;
import io.jmsgerrors.topology.LineStatus;
import io.jmsgerrors.topology.SpikeStates;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exports the error counts at scrape time, read from the topology's state stores (never counted
 * in memory), with bounded labels: unknown codes as {@code code="unknown"}, appkeys past the limit
 * as {@code appkey="other"}. Sums over all series always equal the stores' totals.
 */
public final class ErrorMetricsCollector implements MultiCollector {
  private final StateSource state;
  private final Catalog catalog;
  private final AppkeyFolder folder;
  private final Clock clock;
  private final long windowMs;
  private final long graceMs;

  public ErrorMetricsCollector(StateSource state, Catalog catalog, int maxAppkeys, Clock clock,
      Duration windowSize, Duration windowGrace) {
    this.state = state;
    this.catalog = catalog;
    this.folder = new AppkeyFolder(maxAppkeys);
    this.clock = clock;
    this.windowMs = windowSize.toMillis();
    this.graceMs = windowGrace.toMillis();
  }

  @Override
  public MetricSnapshots collect() {
    Map<String, Long> totals = state.totals();
    Map<String, Long> volume = AppkeyFolder.volumeByAppkey(totals);
    folder.admit(volume);
    return MetricSnapshots.of(
        errorsTotal(totals),
        linesTotal(state.lineCounts()),
        counter("jmessage_late_records", "Records dropped as too late for their window (event time older than window end + grace).",
            Labels.EMPTY, state.lateRecords()),
        windowByCode(),
        windowByAppkey(),
        spikesActive(),
        gauge("jmessage_appkeys_folded", "Distinct appkeys exported under appkey=\"other\".",
            Labels.EMPTY, folder.foldedCount(volume.keySet())),
        gauge("jmessage_catalog_entries", "Entries in the built-in code catalog.", Labels.EMPTY, catalog.size()),
        InfoSnapshot.builder().name("jmessage_catalog").help("The built-in catalog's version.")
            .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of("version", catalog.version())).build())
            .build(),
        gauge("jmessage_ready", "1 while the stream processor is RUNNING, else 0.", Labels.EMPTY, state.ready() ? 1 : 0));
  }

  @Override
  public List<String> getPrometheusNames() {
    return List.of("jmessage_errors", "jmessage_log_lines", "jmessage_late_records", "jmessage_errors_window",
        "jmessage_errors_window_by_appkey", "jmessage_spikes_active", "jmessage_appkeys_folded", "jmessage_catalog_entries",
        "jmessage_catalog", "jmessage_ready");
  }

  private CounterSnapshot errorsTotal(Map<String, Long> totals) {
    Map<Labels, Long> series = new TreeMap<>();
    totals.forEach((key, n) -> {
      String[] k = CountKey.split(key);
      int code = Integer.parseInt(k[0]);
      Platform platform = Platform.fromId(k.length > 2 ? k[2] : null).orElse(Platform.UNKNOWN);
      series.merge(Labels.of("appkey", folder.label(k[1]), "category", category(code, platform),
          "code", codeLabel(code), "platform", platform.id()), n, Long::sum);
    });
    CounterSnapshot.Builder b = CounterSnapshot.builder().name("jmessage_errors")
        .help("JMessage errors found in the logs, counted exactly once from the stream processor's state.");
    series.forEach((labels, n) -> b.dataPoint(CounterDataPointSnapshot.builder().labels(labels).value(n).build()));
    return b.build();
  }

  private CounterSnapshot linesTotal(Map<String, Long> counts) {
    CounterSnapshot.Builder b = CounterSnapshot.builder().name("jmessage_log_lines")
        .help("Input log records by what became of them.");
    for (LineStatus s : LineStatus.values()) {
      b.dataPoint(CounterDataPointSnapshot.builder().labels(Labels.of("status", s.id()))
          .value(counts.getOrDefault(s.id(), 0L)).build());
    }
    return b.build();
  }

  private GaugeSnapshot windowByCode() {
    Map<Labels, Long> series = new TreeMap<>();
    lastClosedWindow().forEach((key, n) -> {
      int code = Integer.parseInt(CountKey.split(key)[0]);
      series.merge(Labels.of("category", category(code, null), "code", codeLabel(code)), n, Long::sum);
    });
    return gauges("jmessage_errors_window", "Errors per code in the last closed window.", series);
  }

  private GaugeSnapshot windowByAppkey() {
    Map<Labels, Long> series = new TreeMap<>();
    lastClosedWindow().forEach((key, n) -> {
      String[] k = CountKey.split(key);
      series.merge(Labels.of("appkey", folder.label(k[1]), "code", codeLabel(Integer.parseInt(k[0]))), n, Long::sum);
    });
    return gauges("jmessage_errors_window_by_appkey", "Errors per code and appkey in the last closed window.", series);
  }

  private GaugeSnapshot spikesActive() {
    Map<Labels, Long> series = new TreeMap<>();
    for (String key : state.activeSpikes()) {
      String[] k = CountKey.split(key);
      int code = Integer.parseInt(k[0]);
      String appkey = SpikeStates.ALL_APPKEYS.equals(k[1]) ? k[1] : folder.label(k[1]);
      series.merge(Labels.of("appkey", appkey, "category", category(code, null), "code", codeLabel(code)), 1L, Long::sum);
    }
    return gauges("jmessage_spikes_active", "Spikes in progress by the in-stream detector (appkey=\"all\": the whole code).", series);
  }

  private Map<String, Long> lastClosedWindow() {
    long now = clock.millis();
    long start = Math.floorDiv(now - graceMs, windowMs) * windowMs - windowMs;
    return state.windowCounts(start);
  }

  private String codeLabel(int code) {
    return catalog.contains(code) ? Integer.toString(code) : "unknown";
  }

  private String category(int code, Platform platform) {
    return catalog.lookup(code, platform).map(CatalogEntry::category).orElse(Category.UNKNOWN).id();
  }

  private static GaugeSnapshot gauges(String name, String help, Map<Labels, Long> series) {
    GaugeSnapshot.Builder b = GaugeSnapshot.builder().name(name).help(help);
    series.forEach((labels, n) -> b.dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(n).build()));
    return b.build();
  }

  private static GaugeSnapshot gauge(String name, String help, Labels labels, double value) {
    return GaugeSnapshot.builder().name(name).help(help)
        .dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(value).build()).build();
  }

  private static CounterSnapshot counter(String name, String help, Labels labels, double value) {
    return CounterSnapshot.builder().name(name).help(help)
        .dataPoint(CounterDataPointSnapshot.builder().labels(labels).value(value).build()).build();
  }
}
