package io.jmsgerrors.metrics;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.topology.CountKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One scrape's totals ({@code code|appkey|platform} keys), each key parsed once without regular
 * expressions, with the volume and label of every distinct appkey. The buffers are reused from
 * scrape to scrape. Not thread-safe: one scrape at a time.
 */
final class TotalsReading {
  private static final Platform[] PLATFORMS = Platform.values();
  private static final char SEP = CountKey.SEP;

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

  /** Parses every key of {@code totals}; codes are resolved against {@code codes}. */
  void read(Map<String, Long> totals, CodeLabels codes) {
    clear();
    ensureCapacity(totals.size());
    totals.forEach((key, n) -> {
      int sep1 = key.indexOf(SEP);
      if (sep1 < 0) {
        throw new IllegalArgumentException("not a count key: " + key);
      }
      int sep2 = key.indexOf(SEP, sep1 + 1);
      Appkey a = appkeys.computeIfAbsent(key.substring(sep1 + 1, sep2 < 0 ? key.length() : sep2), Appkey::new);
      a.volume += n;
      codeIndex[size] = codes.indexOf(Integer.parseInt(key, 0, sep1, 10));
      platform[size] = sep2 < 0 ? Platform.UNKNOWN : platform(key, sep2 + 1);
      appkey[size] = a;
      count[size] = n;
      size++;
    });
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

  /** Drops the references of this reading's keys, keeping the buffers. */
  void clear() {
    Arrays.fill(appkey, 0, size, null);
    appkeys.clear();
    size = 0;
  }

  private void ensureCapacity(int n) {
    if (codeIndex.length < n) {
      int c = Math.max(n, codeIndex.length * 2);
      codeIndex = new int[c];
      platform = new Platform[c];
      appkey = new Appkey[c];
      count = new long[c];
    }
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
