package io.jmsgerrors.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The service's typed, validated, immutable configuration. Build it with {@link ConfigLoader}.
 *
 * @param kafkaOverrides extra Kafka client properties from {@code KAFKA_*} environment variables
 */
public record AppConfig(
    Optional<String> bootstrapServers,
    String applicationId,
    InputTopics inputTopics,
    String enrichedTopic,
    String ratesTopic,
    String dlqTopic,
    String catalogTopic,
    String alertsTopic,
    Path stateDir,
    int httpPort,
    String httpBindAddress,
    Optional<String> advertisedHttpAddress,
    Duration windowSize,
    Duration windowGrace,
    String processingGuarantee,
    int numStreamThreads,
    int numStandbyReplicas,
    Duration commitInterval,
    int topicPartitions,
    short topicReplicationFactor,
    int maxRecordBytes,
    int metricsMaxAppkeys,
    double spikeRatio,
    long spikeMinCount,
    double spikeEwmaAlpha,
    int spikeWarmupWindows,
    Duration brokerWaitTimeout,
    Path embeddedKafkaDir,
    int embeddedKafkaPort,
    Optional<String> groupInstanceId,
    String logLevel,
    Map<String, String> kafkaOverrides) {

  public AppConfig {
    kafkaOverrides = Map.copyOf(kafkaOverrides);
    for (String t : new String[] {enrichedTopic, ratesTopic, dlqTopic, catalogTopic, alertsTopic}) {
      TopicNames.validate(t);
    }
    if (applicationId.isBlank()) {
      throw new IllegalArgumentException("APPLICATION_ID must not be empty");
    }
    require(httpPort >= 0 && httpPort <= 65535, "HTTP_PORT must be 0-65535");
    advertisedHttpAddress.ifPresent(a -> require(a.matches("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?"),
        "ADVERTISED_HTTP_ADDRESS must be host or host:port"));
    require(embeddedKafkaPort >= 0 && embeddedKafkaPort <= 65535, "EMBEDDED_KAFKA_PORT must be 0-65535");
    require(!windowSize.isNegative() && !windowSize.isZero(), "WINDOW_SIZE must be positive");
    require(!windowGrace.isNegative(), "WINDOW_GRACE must not be negative");
    require(processingGuarantee.equals("exactly_once_v2") || processingGuarantee.equals("at_least_once"),
        "PROCESSING_GUARANTEE must be exactly_once_v2 or at_least_once");
    require(numStreamThreads >= 1 && numStreamThreads <= 64, "NUM_STREAM_THREADS must be 1-64");
    require(numStandbyReplicas >= 0, "NUM_STANDBY_REPLICAS must not be negative");
    require(topicPartitions >= 1, "TOPIC_PARTITIONS must be at least 1");
    require(topicReplicationFactor >= 1 || topicReplicationFactor == -1,
        "TOPIC_REPLICATION_FACTOR must be at least 1 (or -1 for the broker default)");
    require(maxRecordBytes >= 1024, "MAX_RECORD_BYTES must be at least 1024");
    require(metricsMaxAppkeys >= 0, "METRICS_MAX_APPKEYS must not be negative");
    require(spikeRatio > 1.0, "SPIKE_RATIO must be greater than 1");
    require(spikeMinCount >= 1, "SPIKE_MIN_COUNT must be at least 1");
    require(spikeEwmaAlpha > 0 && spikeEwmaAlpha <= 1, "SPIKE_EWMA_ALPHA must be in (0, 1]");
    require(spikeWarmupWindows >= 0, "SPIKE_WARMUP_WINDOWS must not be negative");
  }

  /** The configuration with every setting at its default. */
  public static AppConfig defaults() {
    return ConfigLoader.load(Map.of(), new EnumMap<>(Setting.class));
  }

  /** Where other instances reach this one's HTTP API (Kafka Streams {@code application.server}); empty when unknown. */
  public Optional<String> applicationServer() {
    if (advertisedHttpAddress.isPresent()) {
      String a = advertisedHttpAddress.get();
      return Optional.of(a.contains(":") ? a : a + ":" + httpPort);
    }
    return httpPort == 0 ? Optional.empty() : Optional.of("127.0.0.1:" + httpPort);
  }

  public boolean embedded() {
    return bootstrapServers.isEmpty();
  }

  public boolean exactlyOnce() {
    return processingGuarantee.equals("exactly_once_v2");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
