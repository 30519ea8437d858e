package io.jmsgerrors.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real single-node Apache Kafka broker and KRaft controller running inside this JVM. */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaRaftServer server;
  private final DataDirLock lock;
  private final EmbeddedKafkaConfig config;
  private final String clusterId;
  private final int port;
  private final boolean deleteDataOnClose;
  private final long startupMillis;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafkaBroker(KafkaRaftServer server, DataDirLock lock, EmbeddedKafkaConfig config, String clusterId, int port,
      boolean deleteDataOnClose, long startupMillis) {
    this.server = server;
    this.lock = lock;
    this.config = config;
    this.clusterId = clusterId;
    this.port = port;
    this.deleteDataOnClose = deleteDataOnClose;
    this.startupMillis = startupMillis;
  }

  /** Starts a broker on {@code config}, formatting its data directory on first use, and waits until it serves. */
  public static EmbeddedKafkaBroker start(EmbeddedKafkaConfig config) {
    return start(config, false);
  }

  /** Starts a broker on a fresh temporary directory and a free port; {@link #close()} deletes the directory. */
  public static EmbeddedKafkaBroker startTemporary(Map<String, String> overrides) {
    try {
      Path dir = Files.createTempDirectory("jmsg-errors-kafka-");
      return start(new EmbeddedKafkaConfig(dir, 0, EmbeddedKafkaConfig.DEFAULT_HOST, overrides), true);
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot create a temporary directory for the embedded Kafka broker", e);
    }
  }

  private static EmbeddedKafkaBroker start(EmbeddedKafkaConfig config, boolean deleteDataOnClose) {
    long begin = System.nanoTime();
    int port = Ports.resolve(config.host(), config.port(), "client port");
    int controllerPort = Ports.resolve(config.host(), 0, "controller port");
    DataDirLock lock = DataDirLock.acquire(config.dataDir());
    try {
      String clusterId = KraftStorage.formatOrReuse(config.logDir());
      KafkaRaftServer server = startServer(config, port, controllerPort);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
      LOG.info("Embedded Kafka broker (KRaft, cluster {}) ready at {}:{} in {} ms, data in {}",
          clusterId, config.host(), port, millis, config.dataDir().toAbsolutePath());
      return new EmbeddedKafkaBroker(server, lock, config, clusterId, port, deleteDataOnClose, millis);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static KafkaRaftServer startServer(EmbeddedKafkaConfig config, int port, int controllerPort) {
    Properties props = BrokerProperties.of(config, port, controllerPort);
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, new Properties(), false), Time.SYSTEM);
    try {
      server.startup();
      awaitReady(config.host() + ":" + port);
      return server;
    } catch (RuntimeException e) {
      shutdownQuietly(server);
      throw new EmbeddedKafkaException("embedded Kafka broker failed to start on " + config.host() + ":" + port
          + " with data in " + config.dataDir().toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  private static void awaitReady(String bootstrap) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      int nodes = admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      if (nodes != 1) {
        throw new IllegalStateException("expected one broker node, saw " + nodes);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("broker did not answer within " + READY_TIMEOUT.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the broker", e);
    }
  }

  public String bootstrapServers() {
    return config.host() + ":" + port;
  }

  public int port() {
    return port;
  }

  public String clusterId() {
    return clusterId;
  }

  public Path dataDir() {
    return config.dataDir();
  }

  /** Wall-clock time from {@link #start} being called to the broker answering clients. */
  public long startupMillis() {
    return startupMillis;
  }

  /** Shuts the broker down cleanly; later calls do nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    shutdownQuietly(server);
    lock.close();
    LOG.info("Embedded Kafka broker at {} stopped", bootstrapServers());
    if (deleteDataOnClose) {
      deleteRecursively(config.dataDir());
    }
  }

  private static void shutdownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      LOG.warn("Embedded Kafka broker did not shut down cleanly: {}", e.toString());
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", dir, e.toString());
    }
  }
}
