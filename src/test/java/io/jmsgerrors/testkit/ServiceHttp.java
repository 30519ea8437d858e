package io.jmsgerrors.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a running service's HTTP endpoints and reads values out of its Prometheus text. */
public final class ServiceHttp {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final int port;

  public ServiceHttp(int port) {
    this.port = port;
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status code of a GET, or -1 when the service does not answer. */
  public int status(String path) {
    try {
      return get(path).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  /** The body of a GET that answers 200, or "" when it does not. */
  public String body(String path) {
    try {
      HttpResponse<String> r = get(path);
      return r.statusCode() == 200 ? r.body() : "";
    } catch (IOException e) {
      return "";
    }
  }

  public String metrics() {
    try {
      return get("/metrics").body();
    } catch (IOException e) {
      return "";
    }
  }

  /** The sum of every sample of a metric (all label sets) in Prometheus text; 0 when absent. */
  public static double sum(String metricsText, String name) {
    return samples(metricsText, name).sum();
  }

  /** The largest sample of a metric over its label sets in Prometheus text, NaN ones left out; -1 when absent. */
  public static double max(String metricsText, String name) {
    return samples(metricsText, name).filter(v -> !Double.isNaN(v)).max().orElse(-1);
  }

  private static java.util.stream.DoubleStream samples(String metricsText, String name) {
    return metricsText.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
  }

  /** The sum of the samples of a metric whose label set contains {@code labelText}, e.g. {@code status="with_errors"}. */
  public static double sum(String metricsText, String name, String labelText) {
    double total = 0;
    for (String line : metricsText.split("\n")) {
      if (line.startsWith(name + "{") && line.contains(labelText)) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return total;
  }

  private HttpResponse<String> get(String path) throws IOException {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
