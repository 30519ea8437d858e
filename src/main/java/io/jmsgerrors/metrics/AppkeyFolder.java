package io.jmsgerrors.metrics;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bounds the appkey label: well-formed appkeys are admitted, by volume, until {@code max} are
 * exported; every other appkey is exported as {@code other}, a missing one as {@code none}.
 * Admission is sticky for the life of the process, so no exported series ever moves into
 * {@code other} and every exported counter stays monotonic.
 */
public final class AppkeyFolder {
  public static final String OTHER = "other";
  public static final String NONE = "none";
  private static final Pattern APPKEY = Pattern.compile("[a-z0-9]{24}");

  private final int max;
  private final Set<String> admitted = new LinkedHashSet<>();

  public AppkeyFolder(int max) {
    this.max = max;
  }

  /** Admits the largest of the given appkeys (by volume) while there is room. */
  public synchronized void admit(Map<String, Long> volumeByAppkey) {
    if (admitted.size() >= max) {
      return;
    }
    List<Map.Entry<String, Long>> candidates = volumeByAppkey.entrySet().stream()
        .filter(e -> !admitted.contains(e.getKey()) && isWellFormed(e.getKey()))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .toList();
    for (Map.Entry<String, Long> e : candidates) {
      if (admitted.size() >= max) {
        break;
      }
      admitted.add(e.getKey());
    }
  }

  /** Whether {@code max} appkeys are admitted, so {@link #admit} admits no more. */
  public synchronized boolean isFull() {
    return admitted.size() >= max;
  }

  /** The label value for an appkey. */
  public synchronized String label(String appkey) {
    if (appkey == null || appkey.isEmpty() || NONE.equals(appkey)) {
      return NONE;
    }
    return admitted.contains(appkey) ? appkey : OTHER;
  }

  /** How many distinct appkeys of the given ones are folded into {@code other}. */
  public synchronized long foldedCount(Set<String> appkeys) {
    return appkeys.stream().filter(a -> !NONE.equals(a) && !admitted.contains(a)).count();
  }

  public static boolean isWellFormed(String appkey) {
    return appkey != null && APPKEY.matcher(appkey).matches();
  }
}
