package io.jmsgerrors.metrics;

import io.jmsgerrors.catalog.Catalog;
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
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the error counts at scrape time, read from the topology's state stores (never counted
 * in memory), with bounded labels: unknown codes as {@code code="unknown"}, appkeys past the limit
 * as {@code appkey="other"}. Sums over all series always equal the stores' totals.
 *
 * <p>Between scrapes it keeps each series' {@link Labels} (in label order), the per-code labels
 * and the last exported error counters, which are served again while the stores cannot be read;
 * otherwise every exported number comes from this scrape's reading. The totals are read key by
 * key, so a scrape's memory grows with the exported series, not with the keys the stores hold.
 * Scrapes are serialised.
 */
public final class ErrorMetricsCollector implements MultiCollector {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMetricsCollector.class);
  private static final MetricMetadata ERRORS = new MetricMetadata("jmessage_errors",
      "JMessage errors found in the logs, counted exactly once from the stream processor's state.");
  private static final MetricMetadata WINDOW = new MetricMetadata("jmessage_errors_window",
      "Errors per code in the last closed window.");
  private static final MetricMetadata WINDOW_BY_APPKEY = new MetricMetadata("jmessage_errors_window_by_appkey",
      "Errors per code and appkey in the last closed window.");
  private static final MetricMetadata SPIKES = new MetricMetadata("jmessage_spikes_active",
      "Spikes in progress by the in-stream detector (appkey=\"all\": the whole code).");

  private final StateSource state;
  private final Catalog catalog;
  private final CodeLabels codes;
  private final AppkeyFolder folder;
  private final Clock clock;
  private final long windowMs;
  private final long graceMs;
  private final TotalsReading totals = new TotalsReading();
  /** The error counters last read, served again while the stores cannot be read. */
  private CounterSnapshot lastErrors = new CounterSnapshot(ERRORS, List.of());
  private long lastFolded;
  private final SeriesTable<CounterDataPointSnapshot> errorsTotal =
      new SeriesTable<>(ErrorMetricsCollector::counterPoint, "appkey", "category", "code", "platform");
  private final SeriesTable<GaugeDataPointSnapshot> windowByCode =
      new SeriesTable<>(ErrorMetricsCollector::gaugePoint, "category", "code");
  private final SeriesTable<GaugeDataPointSnapshot> windowByAppkey =
      new SeriesTable<>(ErrorMetricsCollector::gaugePoint, "appkey", "code");
  private final SeriesTable<GaugeDataPointSnapshot> spikesActive =
      new SeriesTable<>(ErrorMetricsCollector::gaugePoint, "appkey", "category", "code");

  public ErrorMetricsCollector(StateSource state, Catalog catalog, int maxAppkeys, Clock clock,
      Duration windowSize, Duration windowGrace) {
    this.state = state;
    this.catalog = catalog;
    this.codes = new CodeLabels(catalog);
    this.folder = new AppkeyFolder(maxAppkeys);
    this.clock = clock;
    this.windowMs = windowSize.toMillis();
    this.graceMs = windowGrace.toMillis();
  }

  @Override
  public synchronized MetricSnapshots collect() {
    try {
      readTotals();
      Map<String, Long> window = lastClosedWindow();
      return MetricSnapshots.of(
          lastErrors,
          linesTotal(state.lineCounts()),
          counter("jmessage_late_records", "Records dropped as too late for their window (event time older than window end + grace).",
              Labels.EMPTY, state.lateRecords()),
          windowByCode(window),
          windowByAppkey(window),
          spikesActive(),
          gauge("jmessage_appkeys_folded", "Distinct appkeys exported under appkey=\"other\".",
              Labels.EMPTY, lastFolded),
          gauge("jmessage_catalog_entries", "Entries in the built-in code catalog.", Labels.EMPTY, catalog.size()),
          InfoSnapshot.builder().name("jmessage_catalog").help("The built-in catalog's version.")
              .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of("version", catalog.version())).build())
              .build(),
          gauge("jmessage_ready", "1 while the stream processor is RUNNING, else 0.", Labels.EMPTY, state.ready() ? 1 : 0));
    } finally {
      totals.clear();
    }
  }

  @Override
  public List<String> getPrometheusNames() {
    return List.of("jmessage_errors", "jmessage_log_lines", "jmessage_late_records", "jmessage_errors_window",
        "jmessage_errors_window_by_appkey", "jmessage_spikes_active", "jmessage_appkeys_folded", "jmessage_catalog_entries",
        "jmessage_catalog", "jmessage_ready");
  }

  /**
   * Reads the totals key by key into {@link #lastErrors} and {@link #lastFolded}. While the
   * stores cannot be read (rebalance, restore) both keep the last scrape's values, so no exported
   * counter vanishes or drops for a scrape.
   */
  private void readTotals() {
    try {
      totals.read(state, codes);
    } catch (InvalidStateStoreException | IllegalStateException e) {
      LOG.warn("error totals not readable now, serving the last scrape's: {}", e.getMessage());
      return;
    }
    if (!folder.isFull()) {
      folder.admit(totals.volumeByAppkey());
    }
    totals.label(folder);
    lastErrors = errorsTotal();
    lastFolded = folder.foldedCount(totals.appkeyNames());
  }

  private CounterSnapshot errorsTotal() {
    errorsTotal.begin();
    for (int i = 0; i < totals.size(); i++) {
      int code = totals.codeIndex(i);
      Platform platform = totals.platform(i);
      errorsTotal.add(totals.appkeyLabel(i), codes.category(code, platform), codes.code(code), platform.id(), totals.count(i));
    }
    return new CounterSnapshot(ERRORS, errorsTotal.points());
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

  private GaugeSnapshot windowByCode(Map<String, Long> window) {
    windowByCode.begin();
    window.forEach((key, n) -> {
      int code = codes.indexOf(CountKey.code(key));
      windowByCode.add(codes.category(code, null), codes.code(code), null, null, n);
    });
    return new GaugeSnapshot(WINDOW, windowByCode.points());
  }

  private GaugeSnapshot windowByAppkey(Map<String, Long> window) {
    windowByAppkey.begin();
    window.forEach((key, n) -> windowByAppkey.add(folder.label(CountKey.appkey(key)),
        codes.code(codes.indexOf(CountKey.code(key))), null, null, n));
    return new GaugeSnapshot(WINDOW_BY_APPKEY, windowByAppkey.points());
  }

  private GaugeSnapshot spikesActive() {
    spikesActive.begin();
    for (String key : state.activeSpikes()) {
      int code = codes.indexOf(CountKey.code(key));
      String appkey = CountKey.appkey(key);
      spikesActive.add(SpikeStates.ALL_APPKEYS.equals(appkey) ? appkey : folder.label(appkey),
          codes.category(code, null), codes.code(code), null, 1L);
    }
    return new GaugeSnapshot(SPIKES, spikesActive.points());
  }

  /** The counts of the last closed window, read once per scrape for both window gauges. */
  private Map<String, Long> lastClosedWindow() {
    long now = clock.millis();
    long start = Math.floorDiv(now - graceMs, windowMs) * windowMs - windowMs;
    return state.windowCounts(start);
  }

  private static CounterDataPointSnapshot counterPoint(Labels labels, long value) {
    return CounterDataPointSnapshot.builder().labels(labels).value(value).build();
  }

  private static GaugeDataPointSnapshot gaugePoint(Labels labels, long value) {
    return GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
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
