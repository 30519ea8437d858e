package io.jmsgerrors.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Asks the other instances of the application for their local part of an answer, with a timeout. */
public final class Peers {
  /** Stands for an instance whose HTTP address is not known; it is reported as not answering. */
  public static final String UNREACHABLE = "unadvertised";
  static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<List<String>> addresses;
  private final HttpClient client;

  /** @param addresses the {@code host:port} of every other instance, looked up on each request */
  public Peers(Supplier<List<String>> addresses) {
    this.addresses = addresses;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The local answers of the other instances to {@code pathAndQuery}, by address; empty where one failed. */
  public Map<String, Optional<JsonNode>> ask(String pathAndQuery) {
    Map<String, CompletableFuture<Optional<JsonNode>>> pending = new LinkedHashMap<>();
    List<String> unreachable = new ArrayList<>();
    for (String address : addresses.get()) {
      if (address.equals(UNREACHABLE)) {
        unreachable.add(address);
        continue;
      }
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + address + pathAndQuery))
          .timeout(TIMEOUT).GET().build();
      pending.put(address, client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
          .thenApply(Peers::parse)
          .completeOnTimeout(Optional.empty(), TIMEOUT.toMillis() + 500, java.util.concurrent.TimeUnit.MILLISECONDS)
          .exceptionally(e -> Optional.empty()));
    }
    Map<String, Optional<JsonNode>> out = new LinkedHashMap<>();
    pending.forEach((address, f) -> out.put(address, f.join()));
    for (int i = 0; i < unreachable.size(); i++) {
      out.put(UNREACHABLE + "-" + (i + 1), Optional.empty());
    }
    return out;
  }

  private static Optional<JsonNode> parse(HttpResponse<byte[]> r) {
    if (r.statusCode() != 200 || r.body().length > MAX_BODY_BYTES) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(r.body()));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** No other instances: a single-instance deployment, or one that does not know its own address. */
  public static Peers none() {
    return new Peers(() -> new ArrayList<>());
  }
}
