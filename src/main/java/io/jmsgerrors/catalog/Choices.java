package io.jmsgerrors.catalog;

import java.util.List;
import java.util.Map;

/**
 * Each code's chosen entry for every wanted platform, computed once, so that a lookup is a probe
 * of an open-addressing table keyed by the code and an array read: no boxing, no allocation.
 */
final class Choices {
  private static final Platform[] PLATFORMS = Platform.values();

  private final int[] codes;
  private final CatalogEntry[][] byPlatform;
  private final int mask;

  /** The chooser picks a code's entry for a wanted platform among its candidates. */
  interface Chooser {
    CatalogEntry choose(List<CatalogEntry> candidates, Platform wanted);
  }

  Choices(Map<Integer, List<CatalogEntry>> byCode, Chooser chooser) {
    int capacity = Integer.highestOneBit(Math.max(2, byCode.size() * 2 - 1)) << 1;
    this.codes = new int[capacity];
    this.byPlatform = new CatalogEntry[capacity][];
    this.mask = capacity - 1;
    byCode.forEach((code, candidates) -> {
      CatalogEntry[] chosen = new CatalogEntry[PLATFORMS.length];
      for (Platform p : PLATFORMS) {
        chosen[p.ordinal()] = chooser.choose(candidates, p);
      }
      int slot = slot(code);
      while (byPlatform[slot] != null) {
        slot = (slot + 1) & mask;
      }
      codes[slot] = code;
      byPlatform[slot] = chosen;
    });
  }

  /** The chosen entry, or {@code null} when the code has none; a {@code null} platform is unknown. */
  CatalogEntry find(int code, Platform platform) {
    int slot = slot(code);
    CatalogEntry[] chosen;
    while ((chosen = byPlatform[slot]) != null) {
      if (codes[slot] == code) {
        return chosen[platform == null ? Platform.UNKNOWN.ordinal() : platform.ordinal()];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private int slot(int code) {
    int h = code * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
