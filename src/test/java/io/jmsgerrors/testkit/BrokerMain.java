package io.jmsgerrors.testkit;

import io.jmsgerrors.embedded.EmbeddedKafkaBroker;
import io.jmsgerrors.embedded.EmbeddedKafkaConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded broker as a process of its own ({@code BrokerMain <dataDir> <port>}), printing
 * {@value #READY} with its address and cluster id once it serves, until SIGTERM or {@code kill -9}.
 */
public final class BrokerMain {
  public static final String READY = "BROKER READY";

  private BrokerMain() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedKafkaConfig config = EmbeddedKafkaConfig.of(Path.of(args[0]))
        .withPort(Integer.parseInt(args[1]))
        .withOverrides(Map.of("message.max.bytes", Integer.toString(SharedKafkaBroker.MAX_MESSAGE_BYTES)));
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      broker.close();
      stopped.countDown();
    }));
    System.out.println(READY + " " + broker.bootstrapServers() + " " + broker.clusterId());
    System.out.flush();
    stopped.await();
  }
}
