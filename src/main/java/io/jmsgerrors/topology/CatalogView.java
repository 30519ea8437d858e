package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.serde.CatalogRecords;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalog as one processor sees it: the catalog topic's record for a code when it has a valid
 * one, else the built-in catalog. Decoded records are cached until their bytes change, so a lookup
 * costs a store read and an array comparison.
 */
final class CatalogView {
  private final Function<String, byte[]> topicLookup;
  private final Catalog builtIn;
  private final Map<Integer, Cached> cache = new HashMap<>();

  private record Cached(byte[] raw, Catalog catalog) {}

  CatalogView(Function<String, byte[]> topicLookup, Catalog builtIn) {
    this.topicLookup = topicLookup;
    this.builtIn = builtIn;
  }

  Optional<CatalogEntry> lookup(int code, Platform platform) {
    byte[] raw = topicLookup.apply(Integer.toString(code));
    if (raw == null) {
      cache.remove(code);
      return builtIn.lookup(code, platform);
    }
    Cached c = cache.get(code);
    if (c == null || !Arrays.equals(c.raw, raw)) {
      c = new Cached(raw, CatalogRecords.decode(raw).map(v -> Catalog.of(v.entries())).orElse(null));
      if (cache.size() > 100_000) {
        cache.clear();
      }
      cache.put(code, c);
    }
    return c.catalog == null ? builtIn.lookup(code, platform) : c.catalog.lookup(code, platform);
  }
}
