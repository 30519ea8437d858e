package io.jmsgerrors.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.http.Route;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The read-only JSON API: {@code /api/top}, {@code /api/codes/{code}}, {@code /api/spikes},
 * {@code /api/status}. Each answer merges this instance's stores with the other instances'
 * {@code ?local=true} answers, so any instance shows the whole picture.
 */
public final class WebApi implements Route {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TYPE = "application/json; charset=utf-8";

  private final LocalAnswers local;
  private final Merger merger;
  private final Peers peers;
  private final String self;
  private final LongSupplier clock;

  public WebApi(LocalAnswers local, Merger merger, Peers peers, String self, LongSupplier clock) {
    this.local = local;
    this.merger = merger;
    this.peers = peers;
    this.self = self;
    this.clock = clock;
  }

  @Override
  public Response handle(URI uri) {
    String path = uri.getRawPath();
    try {
      ApiParams params = ApiParams.parse(uri.getRawQuery());
      if (path.equals("/api/top")) {
        return json(200, top(params));
      } else if (path.equals("/api/spikes")) {
        return json(200, fanOut(params, "/api/spikes?", p -> local.spikes(), merger::spikes));
      } else if (path.equals("/api/status")) {
        return json(200, status(params));
      } else if (path.startsWith("/api/codes/")) {
        return json(200, code(ApiParams.code(path.substring("/api/codes/".length())), params));
      }
      return json(404, error("no such endpoint: see docs/API.md"));
    } catch (ApiParams.BadRequest e) {
      return json(400, error(e.getMessage()));
    } catch (StreamsLocalView.StoresUnavailable e) {
      return json(503, error(e.getMessage()));
    }
  }

  private ObjectNode top(ApiParams params) {
    int minutes = params.minutes();
    int buckets = local.buckets(minutes);
    long end = params.end(clock.getAsLong(), local.windowMillis());
    Optional<String> appkey = params.appkey();
    Optional<Platform> platform = params.platform();
    String query = "/api/top?minutes=" + minutes + "&end=" + end
        + appkey.map(a -> "&appkey=" + a).orElse("") + platform.map(p -> "&platform=" + enc(p.id())).orElse("") + "&";
    ObjectNode out = fanOut(params, query, p -> local.top(end, buckets, appkey, platform),
        parts -> merger.top(parts, params.limit(), platform));
    out.put("minutes", minutes).put("windowSeconds", local.windowMillis() / 1000).put("end", end)
        .put("appkey", appkey.orElse(null)).put("platform", platform.map(Platform::id).orElse(null));
    return out;
  }

  private ObjectNode code(int code, ApiParams params) {
    int buckets = local.buckets(60);
    long end = params.end(clock.getAsLong(), local.windowMillis());
    ObjectNode out = fanOut(params, "/api/codes/" + code + "?end=" + end + "&",
        p -> local.code(code, end, buckets), parts -> merger.code(code, parts));
    out.put("minutes", 60).put("windowSeconds", local.windowMillis() / 1000).put("end", end);
    return out;
  }

  private ObjectNode status(ApiParams params) {
    if (params.local()) {
      return local.status();
    }
    Parts parts = gather("/api/status?", local.status());
    ObjectNode out = merger.status(parts.answers, parts.instances.size());
    out.set("instances", parts.instances);
    return out;
  }

  private ObjectNode fanOut(ApiParams params, String peerQuery, Function<ApiParams, ObjectNode> localPart,
      Function<List<JsonNode>, ObjectNode> merge) {
    ObjectNode mine = localPart.apply(params);
    if (params.local()) {
      return mine;
    }
    Parts parts = gather(peerQuery, mine);
    ObjectNode out = merge.apply(parts.answers);
    out.put("complete", parts.answers.size() == parts.instances.size());
    out.set("instances", parts.instances);
    return out;
  }

  private record Parts(List<JsonNode> answers, ArrayNode instances) {}

  private Parts gather(String peerQuery, ObjectNode mine) {
    List<JsonNode> answers = new ArrayList<>();
    ArrayNode instances = JSON.createArrayNode();
    answers.add(mine);
    instances.addObject().put("address", self).put("ok", true).put("ready", local.ready());
    for (Map.Entry<String, Optional<JsonNode>> e : peers.ask(peerQuery + "local=true").entrySet()) {
      e.getValue().ifPresent(answers::add);
      instances.addObject().put("address", e.getKey()).put("ok", e.getValue().isPresent());
    }
    return new Parts(answers, instances);
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  private static Response json(int status, ObjectNode body) {
    try {
      return new Response(status, TYPE, JSON.writeValueAsBytes(body), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
