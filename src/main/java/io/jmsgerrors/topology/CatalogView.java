package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.serde.CatalogRecords;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalog as one processor sees it: the catalog topic's record for a code when it has a valid
 * one, else the built-in catalog. The topic is read on every lookup, so updates are seen at once;
 * decoded records are cached until their bytes change, so a lookup costs a store read and an array
 * comparison. Not thread-safe (one per processor).
 */
final class CatalogView {
  /** More codes than any catalog and log stream hold; past it the per-code cache starts over. */
  private static final int MAX_CODES = 100_000;

  private final Function<String, byte[]> topicLookup;
  private final Catalog builtIn;
  private final CodeTable<Code> codes = new CodeTable<>(Code::new, MAX_CODES);

  /** What is cached per code: its key on the catalog topic, and the last record read there. */
  private static final class Code {
    final String key;
    byte[] raw;
    Catalog catalog;

    Code(int code) {
      this.key = Integer.toString(code);
    }
  }

  CatalogView(Function<String, byte[]> topicLookup, Catalog builtIn) {
    this.topicLookup = topicLookup;
    this.builtIn = builtIn;
  }

  Optional<CatalogEntry> lookup(int code, Platform platform) {
    return Optional.ofNullable(find(code, platform));
  }

  /** The entry {@link #lookup} chooses, or {@code null} when the code is unknown. */
  CatalogEntry find(int code, Platform platform) {
    Code c = codes.get(code);
    byte[] raw = topicLookup.apply(c.key);
    if (raw == null) {
      c.raw = null;
      c.catalog = null;
      return builtIn.find(code, platform);
    }
    if (c.raw == null || !Arrays.equals(c.raw, raw)) {
      c.raw = raw;
      c.catalog = CatalogRecords.decode(raw).map(v -> Catalog.of(v.entries())).orElse(null);
    }
    return c.catalog == null ? builtIn.find(code, platform) : c.catalog.find(code, platform);
  }

  /** The code as a decimal string: its key on the catalog and enriched topics. */
  String key(int code) {
    return codes.get(code).key;
  }
}
