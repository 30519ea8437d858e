package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.InputTopics;
import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.parse.LogParser;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the topology is built from: topics, windowing, limits, the built-in catalog and the parser.
 * A dead letter whose value is larger than {@code maxDeadLetterBytes} (what the producer can send)
 * is written without its value, so one huge record cannot stop the service.
 */
public record TopologyConfig(
    InputTopics inputTopics,
    String enrichedTopic,
    String ratesTopic,
    String dlqTopic,
    String catalogTopic,
    String alertsTopic,
    Duration windowSize,
    Duration windowGrace,
    int maxRecordBytes,
    int maxDeadLetterBytes,
    SpikeConfig spikes,
    Catalog catalog,
    Function<Catalog, LogParser> parserFactory) {

  public TopologyConfig {
    Objects.requireNonNull(inputTopics, "inputTopics");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(parserFactory, "parserFactory");
  }

  /** Room left in a producer request for a dead letter's key, headers and batch framing. */
  static final int DEAD_LETTER_OVERHEAD = 64 * 1024;

  public static TopologyConfig from(AppConfig c, Catalog catalog) {
    return new TopologyConfig(c.inputTopics(), c.enrichedTopic(), c.ratesTopic(), c.dlqTopic(),
        c.catalogTopic(), c.alertsTopic(), c.windowSize(), c.windowGrace(), c.maxRecordBytes(),
        Math.max(0, KafkaProperties.streamsProducerMaxRequestBytes(c) - DEAD_LETTER_OVERHEAD),
        new SpikeConfig(c.spikeRatio(), c.spikeMinCount(), c.spikeEwmaAlpha(), c.spikeWarmupWindows()),
        catalog, LogParser::new);
  }
}
