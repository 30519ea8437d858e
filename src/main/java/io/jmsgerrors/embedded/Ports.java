package io.jmsgerrors.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Picks free TCP ports and checks that a chosen one is still free before the broker binds it. */
final class Ports {
  private Ports() {}

  /** Returns {@code port}, or a free port when it is 0; fails clearly when the port is taken. */
  static int resolve(String host, int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot start the embedded Kafka broker: " + what + " " + host + ":" + port
          + " is not available (" + e.getMessage() + "); is another Kafka or jmsg-errors running? "
          + "Stop it, choose another port (EMBEDDED_KAFKA_PORT), or set KAFKA_BOOTSTRAP_SERVERS to use an existing broker", e);
    }
  }
}
