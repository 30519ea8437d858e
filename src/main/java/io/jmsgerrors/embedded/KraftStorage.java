package io.jmsgerrors.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/** Formats a fresh KRaft log directory, or reads the cluster id of one formatted before. */
final class KraftStorage {
  private static final String META_PROPERTIES = "meta.properties";

  private KraftStorage() {}

  /** Returns the cluster id of {@code logDir}, formatting it first when it is new. */
  static String formatOrReuse(Path logDir) {
    ensureWritable(logDir);
    Optional<String> existing = clusterId(logDir);
    if (existing.isPresent()) {
      return existing.get();
    }
    String clusterId = Uuid.randomUuid().toString();
    String dir = logDir.toAbsolutePath().toString();
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
          .setNodeId(BrokerProperties.NODE_ID)
          .setClusterId(clusterId)
          .setDirectories(List.of(dir))
          .setMetadataLogDirectory(dir)
          .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
          .run();
    } catch (Exception e) {
      throw new EmbeddedKafkaException("cannot format the embedded Kafka storage in " + dir + ": " + e.getMessage(), e);
    }
    return clusterId;
  }

  static Optional<String> clusterId(Path logDir) {
    Path meta = logDir.resolve(META_PROPERTIES);
    if (!Files.isRegularFile(meta)) {
      return Optional.empty();
    }
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(meta)) {
      props.load(in);
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot read " + meta + ": " + e.getMessage(), e);
    }
    String id = props.getProperty("cluster.id");
    if (id == null || id.isBlank()) {
      throw new EmbeddedKafkaException(meta + " has no cluster.id; delete the directory to start afresh");
    }
    return Optional.of(id);
  }

  private static void ensureWritable(Path logDir) {
    try {
      Files.createDirectories(logDir);
    } catch (IOException | SecurityException e) {
      throw new EmbeddedKafkaException("embedded Kafka data directory " + logDir.toAbsolutePath()
          + " cannot be created (" + e + "); set EMBEDDED_KAFKA_DIR to a writable directory", e);
    }
    if (!Files.isWritable(logDir)) {
      throw new EmbeddedKafkaException("embedded Kafka data directory " + logDir.toAbsolutePath()
          + " is not writable; set EMBEDDED_KAFKA_DIR to a writable directory");
    }
  }
}
