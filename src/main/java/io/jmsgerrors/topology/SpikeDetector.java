package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Compares a closed window's count, per (code, appkey) and per code over all appkeys, with a
 * baseline learned from earlier windows, and emits an alert when a spike starts and when it ends.
 * The baselines live in the spike-state store; {@link WindowCounter} calls it once per closed window.
 *
 * <p>Only baselines that can matter are stored ({@link SpikeState#worthKeeping}): a series seen
 * once or a few times, as most (code, appkey) series are, leaves nothing behind, so the store and
 * its changelog hold the series with a real rate, not every pair ever seen.
 */
final class SpikeDetector {
  /** The appkey part of the per-code series. */
  static final String ALL_APPKEYS = "all";
  static final String WINDOWS_SEEN = "__windows-seen";

  private final SpikeConfig spikes;
  private final long sizeMs;
  private final Catalog catalog;
  private final KeyValueStore<String, String> state;
  private final long minMattering;

  SpikeDetector(SpikeConfig spikes, long sizeMs, Catalog catalog, KeyValueStore<String, String> state) {
    this.spikes = spikes;
    this.sizeMs = sizeMs;
    this.catalog = catalog;
    this.state = state;
    this.minMattering = minMattering(spikes);
  }

  /**
   * Evaluates the window starting at {@code windowStart}, handing each alert to {@code alerts}.
   * {@code candidates} are the window's series (each (code, appkey), and each code over all
   * appkeys as {@code code|all}) whose count is at least {@link #minMattering()}; a series with a
   * stored baseline is evaluated too, with its count from {@code countOf} (0 when the window lacks
   * it). A series with neither is skipped: it cannot reach the floor, and what it would learn is
   * not worth keeping, so observing it would change nothing.
   */
  void evaluate(long windowStart, Map<String, Long> candidates, ToLongFunction<String> countOf,
      Consumer<Record<byte[], byte[]>> alerts) {
    String seenText = state.get(WINDOWS_SEEN);
    long seen = seenText == null ? 0 : Long.parseLong(seenText);
    boolean warm = seen >= spikes.warmupWindows();
    Map<String, String> stored = new HashMap<>();
    try (KeyValueIterator<String, String> it = state.all()) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        if (!kv.key.startsWith("__")) {
          stored.put(kv.key, kv.value);
        }
      }
    }
    // sorted, so that a window's alerts come out in the same order on every run
    Map<String, Long> observed = new TreeMap<>(candidates);
    stored.keySet().forEach(key -> {
      if (!observed.containsKey(key)) {
        observed.put(key, countOf.applyAsLong(key));
      }
    });
    observed.forEach((key, count) -> observe(key, count, stored.get(key), windowStart, warm, alerts));
    state.put(WINDOWS_SEEN, Long.toString(seen + 1));
  }

  /** {@link #minMattering(SpikeConfig)} of this detector's configuration: the least count of a candidate. */
  long minMattering() {
    return minMattering;
  }

  /** The smallest count that can alert or leave a baseline worth keeping in a series without one. */
  static long minMattering(SpikeConfig spikes) {
    // a first window of count c learns mean = alpha * c and variance = (1 - alpha) * alpha * c^2,
    // so both thresholds grow linearly with c: start just below where they reach half the floor
    double a = spikes.alpha();
    double perCount = Math.max(spikes.ratio() * a, a + 4 * Math.sqrt((1 - a) * a));
    long c = Math.max(1, Math.min(spikes.minCount(), (long) (spikes.minCount() / 2.0 / perCount) - 1));
    while (c < spikes.minCount() && !SpikeState.EMPTY.learn(c, a, false, 0)
        .worthKeeping(spikes.ratio(), spikes.minCount())) {
      c++;
    }
    return c;
  }

  private void observe(String key, long count, String stored, long windowStart, boolean warm,
      Consumer<Record<byte[], byte[]>> alerts) {
    SpikeState s = SpikeState.decode(stored);
    double threshold = s.threshold(spikes.ratio(), spikes.minCount());
    boolean spiking = warm && count >= threshold;
    if (spiking && !s.active()) {
      alerts.accept(alert("start", key, windowStart, count, s));
    } else if (!spiking && s.active()) {
      alerts.accept(alert("end", key, windowStart, count, s));
    }
    SpikeState next = s.learn(count, spikes.alpha(), spiking, windowStart);
    if (next.worthKeeping(spikes.ratio(), spikes.minCount())) {
      state.put(key, next.encode());
    } else if (stored != null) {
      state.delete(key);
    }
  }

  private Record<byte[], byte[]> alert(String type, String key, long windowStart, long count, SpikeState s) {
    String[] k = CountKey.split(key);
    int code = Integer.parseInt(k[0]);
    CatalogEntry entry = catalog.lookup(code, null).orElse(null);
    byte[] json = AlertJson.encode(type, code, entry, k[1], windowStart, windowStart + sizeMs, count, s.mean(),
        count / Math.max(1.0, s.mean()));
    return new Record<>(key.getBytes(StandardCharsets.UTF_8), json, windowStart + sizeMs);
  }
}
