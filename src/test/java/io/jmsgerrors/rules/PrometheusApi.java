package io.jmsgerrors.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A minimal client of a Prometheus server's HTTP API (instant queries, readiness) and of plain HTTP probes. */
final class PrometheusApi {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;

  PrometheusApi(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** The HTTP status of a GET, or -1 when nothing answers. */
  static int status(String url) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  boolean ready() {
    return status(base + "/-/ready") == 200;
  }

  /** The result vector of an instant query (empty array when no data); throws with the API's error text. */
  JsonNode query(String promql) {
    String url = base + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
      JsonNode body = DashboardFiles.JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
      if (!"success".equals(body.path("status").asText())) {
        throw new IllegalStateException(body.path("error").asText(body.toString()));
      }
      return body.path("data").path("result");
    } catch (IOException e) {
      throw new IllegalStateException("query failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The value of one label of the first series of a query, or the fallback. */
  String firstLabel(String promql, String label, String fallback) {
    JsonNode result = query(promql);
    return result.isEmpty() ? fallback : result.get(0).path("metric").path(label).asText(fallback);
  }
}
