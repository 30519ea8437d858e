package io.jmsgerrors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.ServiceHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpService} in a fresh JVM, as the service runs it: read-only, bounded in request size
 * and time, and bound to the configured address only.
 */
class HttpLimitsIT {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration START = Duration.ofSeconds(30);
  /** The JDK server closes the connection on a request over its limits, without a status line. */
  private static final List<String> DROPPED = List.of("closed", "closed: java.net.SocketException: Connection reset");
  private static int port;
  private static ChildJvm server;

  @BeforeAll
  static void start() {
    port = ServiceHttp.freePort();
    server = serve("127.0.0.1", port);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void shouldRefuseEveryMethodThatIsNotGetOrHead() throws Exception {
    for (String path : List.of("/metrics", "/health/live", "/health/ready", "/nope")) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.ofString("x=1")).build();
        HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(res.headers().firstValue("Allow")).hasValue("GET, HEAD");
      }
    }
    assertThat(new ServiceHttp(port).status("/health/live")).isEqualTo(200);
  }

  @Test
  void shouldDropARequestLineOverTheHeaderLimitYetAnswerAnOrdinaryOne() throws IOException {
    assertThat(exchange(get("/metrics?q=" + "a".repeat(1024), ""), Duration.ofSeconds(15))).startsWith("HTTP/1.1 200");
    assertThat(exchange(get("/metrics?q=" + "a".repeat(32 * 1024), ""), Duration.ofSeconds(15))).isIn(DROPPED);
  }

  @Test
  void shouldDropARequestWithMoreThan64Headers() throws IOException {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      headers.append("X-H").append(i).append(": v\r\n");
    }
    assertThat(exchange(get("/health/live", headers.toString()), Duration.ofSeconds(15))).isIn(DROPPED);
  }

  @Test
  void shouldCloseAClientThatNeverFinishesItsRequest() throws IOException {
    long begin = System.nanoTime();
    String answer = exchange("GET /health/live HTTP/1.1\r\nHost: x\r\n", Duration.ofSeconds(30));
    long seconds = Duration.ofNanos(System.nanoTime() - begin).toSeconds();
    assertThat(answer).isIn(DROPPED);
    assertThat(seconds).as("closed after the 10 s request limit").isBetween(5L, 20L);
  }

  @Test
  void shouldNotAnswerOnAnotherLocalAddressWhenBoundToLoopback() throws IOException {
    assertThatThrownBy(() -> connect("127.0.0.2", port)).isInstanceOf(ConnectException.class);
    int anyPort = ServiceHttp.freePort();
    ChildJvm any = serve("0.0.0.0", anyPort);
    try {
      connect("127.0.0.2", anyPort);
    } finally {
      any.close();
    }
  }

  private static ChildJvm serve(String address, int p) {
    ChildJvm child = ChildJvm.start(HttpServiceMain.class.getName(), List.of("-Xmx64m"), Map.of(),
        address, Integer.toString(p));
    child.awaitOutput("serving on", START);
    return child;
  }

  private static void connect(String host, int p) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, p), 2000);
    }
  }

  private static String get(String target, String headers) {
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n";
  }

  /** Sends {@code request} raw, then reads until the server closes the connection or answers. */
  private static String exchange(String request, Duration timeout) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout((int) timeout.toMillis());
      OutputStream out = s.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        return "closed while sending: " + e;
      }
      InputStream in = s.getInputStream();
      try {
        byte[] buf = new byte[200];
        int n = in.read(buf);
        return n < 0 ? "closed" : new String(buf, 0, n, StandardCharsets.US_ASCII);
      } catch (SocketTimeoutException e) {
        return "held open";
      } catch (IOException e) {
        return "closed: " + e;
      }
    }
  }
}
