package io.jmsgerrors.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.topology.CountKey;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/** This instance's part of each API answer, computed from its own stores (the {@code ?local=true} answers). */
public final class LocalAnswers {
  /** At most this many codes in one instance's part of a top answer. */
  static final int MAX_CODES = 1000;
  static final int MAX_APPKEYS_PER_CODE = 20;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final LocalView view;
  private final long windowMillis;
  private final LongSupplier clock;
  private final Deque<long[]> lineSamples = new ArrayDeque<>();

  public LocalAnswers(LocalView view, long windowMillis, LongSupplier clock) {
    this.view = view;
    this.windowMillis = windowMillis;
    this.clock = clock;
  }

  public boolean ready() {
    return view.ready();
  }

  public long windowMillis() {
    return windowMillis;
  }

  /** Windows covering {@code minutes} minutes, at least one. */
  public int buckets(int minutes) {
    return (int) Math.max(1, Math.min(ApiParams.MAX_MINUTES, minutes * 60_000L / windowMillis));
  }

  /** Per code, the counts of the {@code buckets} windows ending with the one starting at {@code end}. */
  public ObjectNode top(long end, int buckets, Optional<String> appkey, Optional<Platform> platform) {
    Set<String> onPlatform = platform.map(this::seriesOn).orElse(null);
    long from = end - (buckets - 1) * windowMillis;
    Map<Integer, long[]> series = new HashMap<>();
    for (LocalView.WindowCount w : view.windows(from, end)) {
      if (appkey.isPresent() && !appkey.get().equals(w.appkey())) {
        continue;
      }
      if (onPlatform != null && !onPlatform.contains(w.code() + "|" + w.appkey())) {
        continue;
      }
      int i = (int) ((w.windowStart() - from) / windowMillis);
      if (i >= 0 && i < buckets) {
        series.computeIfAbsent(w.code(), c -> new long[buckets])[i] += w.count();
      }
    }
    ObjectNode out = F.objectNode().put("end", end).put("buckets", buckets);
    ObjectNode codes = out.putObject("series");
    series.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<Integer, long[]> e) -> -sum(e.getValue())))
        .limit(MAX_CODES)
        .forEach(e -> codes.set(Integer.toString(e.getKey()), array(e.getValue())));
    return out;
  }

  /** One code's window counts over {@code buckets} windows, and its totals by platform and appkey. */
  public ObjectNode code(int code, long end, int buckets) {
    long from = end - (buckets - 1) * windowMillis;
    long[] series = new long[buckets];
    for (LocalView.WindowCount w : view.windows(from, end)) {
      int i = (int) ((w.windowStart() - from) / windowMillis);
      if (w.code() == code && i >= 0 && i < buckets) {
        series[i] += w.count();
      }
    }
    Map<String, Long> byPlatform = new TreeMap<>();
    Map<String, Long> byAppkey = new HashMap<>();
    view.forEachTotalOf(code, (key, n) -> {
      String platform = CountKey.platform(key);
      if (platform != null) {
        byPlatform.merge(platform, n, Long::sum);
        byAppkey.merge(CountKey.appkey(key), n, Long::sum);
      }
    });
    ObjectNode out = F.objectNode().put("end", end).put("buckets", buckets);
    out.set("series", array(series));
    ObjectNode platforms = out.putObject("totalsByPlatform");
    byPlatform.forEach(platforms::put);
    ObjectNode appkeys = out.putObject("totalsByAppkey");
    byAppkey.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_APPKEYS_PER_CODE).forEach(e -> appkeys.put(e.getKey(), e.getValue()));
    return out;
  }

  public ObjectNode spikes() {
    ObjectNode out = F.objectNode();
    ArrayNode a = out.putArray("spikes");
    view.activeSpikes().stream().sorted().limit(MAX_CODES).forEach(a::add);
    return out;
  }

  public synchronized ObjectNode status() {
    Map<String, Long> lines = view.lineCounts();
    long total = lines.values().stream().mapToLong(Long::longValue).sum();
    long now = clock.getAsLong();
    lineSamples.addLast(new long[] {now, total});
    while (lineSamples.size() > 2 && now - lineSamples.peekFirst()[0] > 60_000) {
      lineSamples.removeFirst();
    }
    long[] first = lineSamples.peekFirst();
    double rate = now - first[0] >= 1000 ? (total - first[1]) * 1000.0 / (now - first[0]) : 0.0;
    ObjectNode out = F.objectNode().put("ready", view.ready());
    ObjectNode l = out.putObject("lines");
    new TreeMap<>(lines).forEach(l::put);
    out.put("lateRecords", view.lateRecords());
    out.put("consumerLag", view.consumerLag());
    out.put("linesPerSecond", Math.max(0.0, rate));
    return out;
  }

  private Set<String> seriesOn(Platform platform) {
    Set<String> out = new HashSet<>();
    String id = platform.id();
    view.forEachTotal((key, n) -> {
      if (n > 0 && id.equals(CountKey.platform(key))) {
        out.add(key.substring(0, key.lastIndexOf(CountKey.SEP)));
      }
    });
    return out;
  }

  static long sum(long[] a) {
    long s = 0;
    for (long v : a) {
      s += v;
    }
    return s;
  }

  static long sum(JsonNode array) {
    long s = 0;
    for (JsonNode v : array) {
      s += v.asLong();
    }
    return s;
  }

  private static ArrayNode array(long[] values) {
    ArrayNode a = F.arrayNode(values.length);
    for (long v : values) {
      a.add(v);
    }
    return a;
  }
}
