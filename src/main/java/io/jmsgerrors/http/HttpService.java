package io.jmsgerrors.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jmsgerrors.metrics.MetricsRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's read-only HTTP endpoints: {@code /health/live}, {@code /health/ready} and
 * {@code /metrics}. Only GET and HEAD are answered; a small fixed pool bounds concurrent work, and
 * the JDK server's limits bound request size, time and connections.
 */
public final class HttpService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);
  /** Read once by the JDK server, when the first one is created; -D flags given by the operator win. */
  static final Map<String, String> LIMITS = Map.of(
      "sun.net.httpserver.maxReqTime", "10",
      "sun.net.httpserver.maxRspTime", "30",
      "sun.net.httpserver.maxReqHeaders", "64",
      "sun.net.httpserver.maxReqHeaderSize", "16384",
      "jdk.httpserver.maxConnections", "128");

  static {
    LIMITS.forEach((k, v) -> {
      if (System.getProperty(k) == null) {
        System.setProperty(k, v);
      }
    });
  }

  private final HttpServer server;
  private final ExecutorService pool;

  private HttpService(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  public static HttpService start(String bindAddress, int port, BooleanSupplier ready, MetricsRegistry metrics) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 64);
      ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "jmsg-http");
        t.setDaemon(true);
        return t;
      });
      server.setExecutor(pool);
      server.createContext("/health/live", ex -> respond(ex, 200, "text/plain", "live\n"));
      server.createContext("/health/ready", ex -> {
        boolean ok = ready.getAsBoolean();
        respond(ex, ok ? 200 : 503, "text/plain", ok ? "ready\n" : "not ready\n");
      });
      server.createContext("/metrics", ex -> {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        try {
          metrics.scrape(buf);
        } catch (RuntimeException e) {
          LOG.warn("metrics scrape failed", e);
          respond(ex, 500, "text/plain", "scrape failed: " + e.getClass().getSimpleName() + "\n");
          return;
        }
        respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", buf.toByteArray());
      });
      server.createContext("/", ex -> respond(ex, 404, "text/plain", "not found\n"));
      server.start();
      return new HttpService(server, pool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve HTTP on " + bindAddress + ":" + port + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Serves {@code route} under {@code path} (a path prefix; {@code "/"} replaces the default 404,
   * and the route then answers every path no other context takes).
   */
  public void route(String path, Route route) {
    if (path.equals("/")) {
      server.removeContext("/");
    }
    server.createContext(path, ex -> {
      Route.Response r;
      try {
        r = route.handle(ex.getRequestURI());
      } catch (RuntimeException e) {
        LOG.warn("HTTP route {} failed", path, e);
        r = Route.Response.of(500, "text/plain", "failed: " + e.getClass().getSimpleName() + "\n");
      }
      r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      respond(ex, r.status(), r.contentType(), r.body());
    });
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
    respond(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        ex.sendResponseHeaders(405, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", type);
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (method.equals("HEAD")) {
        ex.sendResponseHeaders(status, -1);
        return;
      }
      ex.sendResponseHeaders(status, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("HTTP response failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    server.stop(1);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
