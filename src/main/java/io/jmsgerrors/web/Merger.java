package io.jmsgerrors.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Merges the local parts of all instances into one answer and adds the catalog's meanings. */
public final class Merger {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Catalog catalog;

  public Merger(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The top codes over all parts: count, per-window counts and meaning, at most {@code limit}. */
  public ObjectNode top(List<JsonNode> parts, int limit, Optional<Platform> platform) {
    Map<Integer, long[]> series = new HashMap<>();
    for (JsonNode part : parts) {
      part.path("series").properties().forEach(e -> {
        long[] acc = series.computeIfAbsent(Integer.parseInt(e.getKey()), c -> new long[e.getValue().size()]);
        for (int i = 0; i < acc.length && i < e.getValue().size(); i++) {
          acc[i] += e.getValue().get(i).asLong();
        }
      });
    }
    ObjectNode out = F.objectNode();
    ArrayNode codes = out.putArray("codes");
    series.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<Integer, long[]> e) -> -LocalAnswers.sum(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .forEach(e -> {
          ObjectNode c = codes.addObject().put("code", e.getKey()).put("count", LocalAnswers.sum(e.getValue()));
          ArrayNode perWindow = c.putArray("perWindow");
          for (long v : e.getValue()) {
            perWindow.add(v);
          }
          meaning(c, e.getKey(), platform.orElse(Platform.SERVER));
        });
    return out;
  }

  /** One code: its meanings on every platform, and its counts over all parts. */
  public ObjectNode code(int code, List<JsonNode> parts) {
    ObjectNode out = F.objectNode().put("code", code).put("known", catalog.contains(code));
    ArrayNode meanings = out.putArray("meanings");
    for (CatalogEntry e : catalog.entriesFor(code)) {
      meanings.addObject().put("platform", e.platform().id()).put("category", e.category().id())
          .put("source", e.source().name().toLowerCase(java.util.Locale.ROOT))
          .put("message", e.message()).put("description", e.description()).put("hint", e.hint());
    }
    long[] series = null;
    Map<String, Long> byPlatform = new TreeMap<>();
    Map<String, Long> byAppkey = new HashMap<>();
    for (JsonNode part : parts) {
      JsonNode s = part.path("series");
      if (series == null) {
        series = new long[s.size()];
      }
      for (int i = 0; i < series.length && i < s.size(); i++) {
        series[i] += s.get(i).asLong();
      }
      part.path("totalsByPlatform").properties().forEach(e -> byPlatform.merge(e.getKey(), e.getValue().asLong(), Long::sum));
      part.path("totalsByAppkey").properties().forEach(e -> byAppkey.merge(e.getKey(), e.getValue().asLong(), Long::sum));
    }
    ArrayNode perWindow = out.putArray("perWindow");
    for (long v : series == null ? new long[0] : series) {
      perWindow.add(v);
    }
    out.put("count", LocalAnswers.sum(series == null ? new long[0] : series));
    ObjectNode platforms = out.putObject("totalsByPlatform");
    byPlatform.forEach(platforms::put);
    ObjectNode appkeys = out.putObject("totalsByAppkey");
    byAppkey.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(LocalAnswers.MAX_APPKEYS_PER_CODE).forEach(e -> appkeys.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The active spikes of all parts, whole codes first, with their meanings. */
  public ObjectNode spikes(List<JsonNode> parts) {
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode part : parts) {
      part.path("spikes").forEach(k -> keys.add(k.asText()));
    }
    List<String> ordered = new ArrayList<>(keys);
    ordered.sort(Comparator.comparing((String k) -> !k.endsWith("|all")).thenComparing(k -> k));
    ObjectNode out = F.objectNode();
    ArrayNode spikes = out.putArray("spikes");
    ordered.stream().limit(LocalAnswers.MAX_CODES).forEach(k -> {
      String[] p = k.split("\\|", 2);
      if (p.length == 2 && p[0].matches("[0-9]{1,9}")) {
        ObjectNode s = spikes.addObject().put("code", Integer.parseInt(p[0])).put("appkey", p[1]);
        meaning(s, Integer.parseInt(p[0]), Platform.SERVER);
      }
    });
    return out;
  }

  /** The pipeline's state over all parts: ready only when every instance is. */
  public ObjectNode status(List<JsonNode> parts, int expectedParts) {
    boolean ready = parts.size() == expectedParts && !parts.isEmpty();
    Map<String, Long> lines = new TreeMap<>();
    long late = 0;
    long lag = 0;
    double rate = 0;
    for (JsonNode part : parts) {
      ready &= part.path("ready").asBoolean(false);
      part.path("lines").properties().forEach(e -> lines.merge(e.getKey(), e.getValue().asLong(), Long::sum));
      late += part.path("lateRecords").asLong();
      lag += part.path("consumerLag").asLong();
      rate += part.path("linesPerSecond").asDouble();
    }
    ObjectNode out = F.objectNode().put("ready", ready);
    ObjectNode l = out.putObject("lines");
    lines.forEach(l::put);
    out.put("deadLetters", lines.getOrDefault("dead_lettered", 0L));
    out.put("lateRecords", late);
    out.put("consumerLag", lag);
    out.put("linesPerSecond", Math.round(rate * 10) / 10.0);
    return out;
  }

  private void meaning(ObjectNode node, int code, Platform platform) {
    Optional<CatalogEntry> e = catalog.lookup(code, platform);
    node.put("known", e.isPresent());
    node.put("category", e.map(x -> x.category().id()).orElse("unknown"));
    node.put("message", e.map(CatalogEntry::message).orElse(""));
    node.put("description", e.map(CatalogEntry::description).orElse(""));
    node.put("hint", e.map(CatalogEntry::hint).orElse(""));
  }
}
