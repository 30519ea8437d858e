package io.jmsgerrors.embedded;

import java.util.Map;
import java.util.Properties;

/** Builds the properties of a combined broker+controller node tuned for one node and little memory. */
final class BrokerProperties {
  static final int NODE_ID = 1;
  static final String CLIENT_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  private BrokerProperties() {}

  static Properties of(EmbeddedKafkaConfig config, int port, int controllerPort) {
    Properties p = new Properties();
    String host = config.host();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
    p.setProperty("listeners", CLIENT_LISTENER + "://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
    p.setProperty("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
    p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
    p.setProperty("inter.broker.listener.name", CLIENT_LISTENER);
    p.setProperty("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.setProperty("log.dirs", config.logDir().toAbsolutePath().toString());
    p.putAll(singleNode());
    p.putAll(smallFootprint());
    p.putAll(config.overrides());
    return p;
  }

  private static Map<String, String> singleNode() {
    return Map.ofEntries(
        Map.entry("offsets.topic.replication.factor", "1"),
        Map.entry("offsets.topic.num.partitions", "5"),
        Map.entry("transaction.state.log.replication.factor", "1"),
        Map.entry("transaction.state.log.min.isr", "1"),
        Map.entry("transaction.state.log.num.partitions", "5"),
        Map.entry("share.coordinator.state.topic.replication.factor", "1"),
        Map.entry("share.coordinator.state.topic.min.isr", "1"),
        Map.entry("group.initial.rebalance.delay.ms", "0"),
        Map.entry("broker.heartbeat.interval.ms", "1000"),
        Map.entry("broker.session.timeout.ms", "4500"),
        Map.entry("auto.create.topics.enable", "false"),
        Map.entry("default.replication.factor", "1"));
  }

  private static Map<String, String> smallFootprint() {
    return Map.ofEntries(
        Map.entry("num.network.threads", "2"),
        Map.entry("num.io.threads", "2"),
        Map.entry("background.threads", "2"),
        Map.entry("num.recovery.threads.per.data.dir", "1"),
        Map.entry("log.cleaner.threads", "1"),
        Map.entry("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024)),
        Map.entry("log.segment.bytes", Integer.toString(16 * 1024 * 1024)),
        Map.entry("log.index.size.max.bytes", Integer.toString(1024 * 1024)),
        Map.entry("offsets.topic.segment.bytes", Integer.toString(16 * 1024 * 1024)),
        Map.entry("transaction.state.log.segment.bytes", Integer.toString(16 * 1024 * 1024)),
        Map.entry("metadata.log.segment.bytes", Integer.toString(16 * 1024 * 1024)),
        Map.entry("log.retention.hours", "24"));
  }
}
