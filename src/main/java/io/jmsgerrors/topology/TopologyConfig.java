package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.InputTopics;
import io.jmsgerrors.parse.LogParser;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/** What the topology is built from: topics, windowing, limits, the built-in catalog and the parser. */
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
    SpikeConfig spikes,
    Catalog catalog,
    Function<Catalog, LogParser> parserFactory) {

  public TopologyConfig {
    Objects.requireNonNull(inputTopics, "inputTopics");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(parserFactory, "parserFactory");
  }

  public static TopologyConfig from(AppConfig c, Catalog catalog) {
    return new TopologyConfig(c.inputTopics(), c.enrichedTopic(), c.ratesTopic(), c.dlqTopic(),
        c.catalogTopic(), c.alertsTopic(), c.windowSize(), c.windowGrace(), c.maxRecordBytes(),
        new SpikeConfig(c.spikeRatio(), c.spikeMinCount(), c.spikeEwmaAlpha(), c.spikeWarmupWindows()),
        catalog, LogParser::new);
  }
}
