package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docker/healthcheck.sh (the image's HEALTHCHECK) against a local HTTP server. */
class HealthcheckScriptTest {
  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/health/ready", exchange -> {
      exchange.sendResponseHeaders(200, 2);
      exchange.getResponseBody().write("ok".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      exchange.close();
    });
    server.createContext("/health/starting", exchange -> {
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static int check(int port, String path) {
    return ExternalTool.run(List.of("bash", "docker/healthcheck.sh", path), Map.of("HTTP_PORT", String.valueOf(port)))
        .exitCode();
  }

  @Test
  void shouldBeHealthyWhenTheServiceAnswers200() {
    assertThat(check(server.getAddress().getPort(), "/health/ready")).isZero();
  }

  @Test
  void shouldBeUnhealthyWhenTheServiceAnswers503() {
    assertThat(check(server.getAddress().getPort(), "/health/starting")).isNotZero();
  }

  @Test
  void shouldBeUnhealthyWhenNothingListens() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    assertThat(check(closedPort, "/health/ready")).isNotZero();
  }
}
