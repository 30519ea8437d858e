package io.jmsgerrors.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the embedded single-node broker: where its data lives, where it listens, and any
 * broker property to override (for example {@code message.max.bytes} in tests).
 *
 * @param dataDir directory holding the KRaft metadata and topic logs; reused across restarts
 * @param port listener port for clients; 0 picks a free one
 * @param host address the listeners bind to and advertise
 * @param overrides broker properties applied last, over the single-node defaults
 */
public record EmbeddedKafkaConfig(Path dataDir, int port, String host, Map<String, String> overrides) {
  public static final int DEFAULT_PORT = 9092;
  public static final String DEFAULT_HOST = "127.0.0.1";

  public EmbeddedKafkaConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("embedded Kafka port must be 0..65535, got " + port);
    }
    overrides = Map.copyOf(overrides);
  }

  /** The embedded default: the given data directory, port 9092 on 127.0.0.1. */
  public static EmbeddedKafkaConfig of(Path dataDir) {
    return new EmbeddedKafkaConfig(dataDir, DEFAULT_PORT, DEFAULT_HOST, Map.of());
  }

  public EmbeddedKafkaConfig withPort(int newPort) {
    return new EmbeddedKafkaConfig(dataDir, newPort, host, overrides);
  }

  public EmbeddedKafkaConfig withOverrides(Map<String, String> newOverrides) {
    return new EmbeddedKafkaConfig(dataDir, port, host, newOverrides);
  }

  Path logDir() {
    return dataDir.resolve("logs");
  }
}
