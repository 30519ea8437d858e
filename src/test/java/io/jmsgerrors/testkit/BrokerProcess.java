package io.jmsgerrors.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A broker in a child JVM on a fixed data directory and port, so a test can kill it and start it
 * again where clients (and a running service) expect it: {@code start} again after {@link #kill()}.
 */
public final class BrokerProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path dataDir;
  private final int port;
  private ChildJvm jvm;

  public BrokerProcess(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** A broker process on {@code dataDir} and a port that is free now; call {@link #start()}. */
  public static BrokerProcess onFreePort(Path dataDir) {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new BrokerProcess(dataDir, socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the broker JVM and waits until it serves clients. */
  public BrokerProcess start() {
    if (jvm != null && jvm.isAlive()) {
      throw new IllegalStateException("broker process already running");
    }
    jvm = ChildJvm.start(BrokerMain.class.getName(), List.of("-Xmx384m"), Map.of(),
        dataDir.toString(), Integer.toString(port));
    jvm.awaitOutput(BrokerMain.READY, START_TIMEOUT);
    return this;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** The cluster id the running broker printed. */
  public String clusterId() {
    String out = jvm.output();
    String line = out.substring(out.lastIndexOf(BrokerMain.READY)).lines().findFirst().orElseThrow();
    return line.substring(line.lastIndexOf(' ') + 1);
  }

  /** {@code kill -9} the broker JVM. */
  public void kill() {
    jvm.kill();
  }

  /** SIGTERM: a clean broker shutdown; returns the exit code. */
  public int stop() {
    return jvm.stop(Duration.ofSeconds(60));
  }

  public ChildJvm jvm() {
    return jvm;
  }

  @Override
  public void close() {
    if (jvm != null) {
      jvm.close();
    }
  }
}
