package io.jmsgerrors.config;

/**
 * One setting of the service: its environment variable, its default and one line of documentation.
 * The README's configuration table is checked against {@link #values()}.
 */
public enum Setting {
  KAFKA_BOOTSTRAP_SERVERS("", "Kafka bootstrap servers; unset or empty starts the embedded in-process broker."),
  APPLICATION_ID("jmsg-errors", "Kafka Streams application id: consumer group, prefix of internal topics and state."),
  INPUT_TOPICS("jmessage.logs", "Topics with log records: comma-separated names, or a /regex/."),
  ENRICHED_TOPIC("jmessage.errors.enriched", "Output: one JSON record per error event."),
  RATES_TOPIC("jmessage.errors.rates", "Output: per (appkey, code) counts of each closed window."),
  DLQ_TOPIC("jmessage.logs.dlq", "Dead letters: records that could not be processed, with origin and cause headers."),
  CATALOG_TOPIC("jmessage.codes", "Compacted topic holding the code catalog (GlobalKTable); seeded from the built-in catalog."),
  ALERTS_TOPIC("jmessage.errors.alerts", "Output: spike start/end events."),
  STATE_DIR("./data/state", "Directory of the local state stores (RocksDB)."),
  HTTP_PORT("8080", "Port of the live page (/), the JSON API (/api), /health/live, /health/ready and /metrics."),
  HTTP_BIND_ADDRESS("0.0.0.0", "Address the HTTP server binds to."),
  ADVERTISED_HTTP_ADDRESS("", "host or host:port other instances reach this one's HTTP API at (Kafka Streams `application.server`; a bare host gets HTTP_PORT); empty = 127.0.0.1:HTTP_PORT."),
  WINDOW_SIZE("1m", "Size of the event-time tumbling windows."),
  WINDOW_GRACE("30s", "How long after its end a window still accepts out-of-order records."),
  PROCESSING_GUARANTEE("exactly_once_v2", "Kafka Streams processing guarantee: exactly_once_v2 or at_least_once."),
  NUM_STREAM_THREADS("1", "Kafka Streams processing threads per instance (one per core the service may use beside its producer, GC and HTTP threads; see docs/BENCHMARKS.md)."),
  NUM_STANDBY_REPLICAS("0", "Warm standby copies of each state store on other instances."),
  COMMIT_INTERVAL("250ms", "How often Kafka Streams commits (and, with exactly-once, ends its transactions): the bound on output latency. A counted error waits for two commits (the hop through the repartition topic), so produce-to-counted is about 2-3 times this; shorter costs throughput (docs/BENCHMARKS.md)."),
  TOPIC_PARTITIONS("6", "Partitions of the topics the service creates when missing."),
  TOPIC_REPLICATION_FACTOR("1", "Replication factor of the topics the service creates when missing."),
  MAX_RECORD_BYTES("1048576", "Records larger than this are dead-lettered, not parsed."),
  METRICS_MAX_APPKEYS("100", "Appkeys exported as their own label value; the rest are folded into appkey=\"other\"."),
  SPIKE_RATIO("3.0", "A window is a spike when its count exceeds the baseline by this ratio..."),
  SPIKE_MIN_COUNT("20", "...and reaches at least this many errors (so quiet codes never page)."),
  SPIKE_EWMA_ALPHA("0.3", "Weight of the newest window in the exponentially weighted baseline."),
  SPIKE_WARMUP_WINDOWS("5", "Windows the detector learns from before it may alert."),
  BROKER_WAIT_TIMEOUT("120s", "How long `run` waits for the Kafka cluster before it gives up."),
  EMBEDDED_KAFKA_DIR("./data/kafka", "Data directory of the embedded broker."),
  EMBEDDED_KAFKA_PORT("9092", "Listener port of the embedded broker (0 picks a free port)."),
  GROUP_INSTANCE_ID("", "Static group membership id (e.g. the pod name), so restarts do not rebalance."),
  LOG_LEVEL("INFO", "Log level of the service's own loggers.");

  private final String defaultValue;
  private final String doc;

  Setting(String defaultValue, String doc) {
    this.defaultValue = defaultValue;
    this.doc = doc;
  }

  /** The environment variable that sets it. */
  public String env() {
    return name();
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String doc() {
    return doc;
  }
}
