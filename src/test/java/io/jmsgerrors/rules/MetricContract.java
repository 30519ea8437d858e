package io.jmsgerrors.rules;

import java.util.Set;
import java.util.TreeSet;

/** The metric names rules and dashboards may use: the HELPERS.md metric contract plus the recording rules. */
final class MetricContract {
  /** The service's own metrics, exactly as the contract names them in Prometheus. */
  static final Set<String> SERVICE = Set.of(
      "jmessage_errors_total", "jmessage_log_lines_total", "jmessage_late_records_total",
      "jmessage_errors_window", "jmessage_errors_window_by_appkey", "jmessage_appkeys_folded",
      "jmessage_spikes_active", "jmessage_catalog_entries", "jmessage_catalog_info", "jmessage_ready");

  /**
   * Library metrics used: Micrometer's KafkaStreamsMetrics and JVM/process binders, and the series
   * Prometheus makes for every target, `up` and `scrape_duration_seconds`.
   */
  static final Set<String> LIBRARY = Set.of(
      "kafka_consumer_fetch_manager_records_lag_max", "jvm_memory_used_bytes", "process_cpu_usage", "up",
      "scrape_duration_seconds");

  private MetricContract() {}

  static Set<String> allowed(RulesFile rules) {
    Set<String> allowed = new TreeSet<>(SERVICE);
    allowed.addAll(LIBRARY);
    allowed.addAll(rules.recordNames());
    return allowed;
  }
}
