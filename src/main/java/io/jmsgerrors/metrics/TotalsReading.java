package io.jmsgerrors.metrics;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.topology.CountKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One scrape's totals ({@code code|appkey|platform} keys), each key parsed once without regular
 * expressions, with the volume and label of every distinct appkey. A key costs about 20 bytes of
 * the reading (code index, platform, appkey, count); the key itself is not kept. Buffers of up to
 * {@link #KEPT_CAPACITY} rows are reused from scrape to scrape. Not thread-safe: one scrape at a time.
 */
final class TotalsReading {
  private static final Platform[] PLATFORMS = Platform.values();
  private static final char SEP = CountKey.SEP;
  /** Rows whose buffers are kept from scrape to scrape (about 20 bytes a row). */
  static final int KEPT_CAPACITY = 1 << 16;

  /** A distinct appkey of this reading. */
  static final class Appkey {
    final String name;
    long volume;
    String label;

    Appkey(String name) {
      this.name = name;
    }
  }

  private final Map<String, Appkey> appkeys = new HashMap<>();
  private int size;
  private int[] codeIndex = new int[0];
  private Platform[] platform = new Platform[0];
  private Appkey[] appkey = new Appkey[0];
  private long[] count = new long[0];

  /**
   * Parses every total of {@code state}, one key at a time, so the reading holds a few bytes a key
   * and never a copy of the keys; codes are resolved against {@code codes}. On failure the reading
   * is left empty and the failure thrown.
   */
  void read(StateSource state, CodeLabels codes) {
    clear();
    boolean done = false;
    try {
      state.forEachTotal((key, n) -> add(key, n, codes));
      done = true;
    } finally {
      if (!done) {
        clear();
      }
    }
  }

  private void add(String key, long n, CodeLabels codes) {
    int sep1 = key.indexOf(SEP);
    if (sep1 < 0) {
      throw new IllegalArgumentException("not a count key: " + key);
    }
    int sep2 = key.indexOf(SEP, sep1 + 1);
    Appkey a = appkeys.computeIfAbsent(key.substring(sep1 + 1, sep2 < 0 ? key.length() : sep2), Appkey::new);
    a.volume += n;
    ensureCapacity(size + 1);
    codeIndex[size] = codes.indexOf(Integer.parseInt(key, 0, sep1, 10));
    platform[size] = sep2 < 0 ? Platform.UNKNOWN : platform(key, sep2 + 1);
    appkey[size] = a;
    count[size] = n;
    size++;
  }

  /** The volume of every distinct appkey, for admission. */
  Map<String, Long> volumeByAppkey() {
    Map<String, Long> v = new HashMap<>(appkeys.size() * 2);
    appkeys.forEach((name, a) -> v.put(name, a.volume));
    return v;
  }

  Set<String> appkeyNames() {
    return appkeys.keySet();
  }

  /** Sets every distinct appkey's label as the folder exports it. */
  void label(AppkeyFolder folder) {
    appkeys.values().forEach(a -> a.label = folder.label(a.name));
  }

  int size() {
    return size;
  }

  int codeIndex(int i) {
    return codeIndex[i];
  }

  Platform platform(int i) {
    return platform[i];
  }

  /** The label of the key's appkey (after {@link #label}). */
  String appkeyLabel(int i) {
    return appkey[i].label;
  }

  long count(int i) {
    return count[i];
  }

  /**
   * Drops the references of this reading's keys. Buffers up to {@link #KEPT_CAPACITY} rows are
   * kept for the next scrape; larger ones are let go, so the heap between scrapes does not grow
   * with the number of keys the stores have ever seen.
   */
  void clear() {
    Arrays.fill(appkey, 0, size, null);
    appkeys.clear();
    size = 0;
    if (codeIndex.length > KEPT_CAPACITY) {
      allocate(0);
    }
  }

  int capacity() {
    return codeIndex.length;
  }

  private void ensureCapacity(int n) {
    if (codeIndex.length < n) {
      int c = Math.max(n, Math.max(16, codeIndex.length * 2));
      codeIndex = Arrays.copyOf(codeIndex, c);
      platform = Arrays.copyOf(platform, c);
      appkey = Arrays.copyOf(appkey, c);
      count = Arrays.copyOf(count, c);
    }
  }

  private void allocate(int c) {
    codeIndex = new int[c];
    platform = new Platform[c];
    appkey = new Appkey[c];
    count = new long[c];
  }

  /** The platform named from {@code start} to the next separator; as {@code Platform.fromId}, unknown when none matches. */
  private static Platform platform(String key, int start) {
    int end = key.indexOf(SEP, start);
    int len = (end < 0 ? key.length() : end) - start;
    for (Platform p : PLATFORMS) {
      if (p.id().length() == len && key.regionMatches(start, p.id(), 0, len)) {
        return p;
      }
    }
    return Platform.fromId(key.substring(start, start + len)).orElse(Platform.UNKNOWN);
  }
}
