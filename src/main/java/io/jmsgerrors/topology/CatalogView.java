package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalog as one processor sees it: the catalog topic's record for a code when it has a valid
 * one, else the built-in catalog. The topic is read on every lookup, so updates are seen at once;
 * decoded records are cached (per view, and shared between the views of a topology) until their
 * bytes change, so a lookup costs a store read and an array comparison. Not thread-safe (one per
 * processor).
 */
final class CatalogView {
  /** More codes than any catalog and log stream hold; past it the per-code cache starts over. */
  private static final int MAX_CODES = 100_000;

  private final Function<String, byte[]> topicLookup;
  private final Catalog builtIn;
  private final CatalogRecordDecodes decodes;
  private final CodeTable<Code> codes = new CodeTable<>(Code::new, MAX_CODES);

  /** What is cached per code: its key on the catalog topic, and the last record read there. */
  private static final class Code {
    final String key;
    CatalogRecordDecodes.Decoded decoded;

    Code(int code) {
      this.key = Integer.toString(code);
    }
  }

  CatalogView(Function<String, byte[]> topicLookup, Catalog builtIn, CatalogRecordDecodes decodes) {
    this.topicLookup = topicLookup;
    this.builtIn = builtIn;
    this.decodes = decodes;
  }

  Optional<CatalogEntry> lookup(int code, Platform platform) {
    return Optional.ofNullable(find(code, platform));
  }

  /** The entry {@link #lookup} chooses, or {@code null} when the code is unknown. */
  CatalogEntry find(int code, Platform platform) {
    Code c = codes.get(code);
    byte[] raw = topicLookup.apply(c.key);
    if (raw == null) {
      c.decoded = null;
      return builtIn.find(code, platform);
    }
    CatalogRecordDecodes.Decoded d = c.decoded;
    if (d == null || !Arrays.equals(d.raw(), raw)) {
      d = decodes.decode(code, raw);
      c.decoded = d;
    }
    return d.catalog() == null ? builtIn.find(code, platform) : d.catalog().find(code, platform);
  }

  /** The code as a decimal string: its key on the catalog and enriched topics. */
  String key(int code) {
    return codes.get(code).key;
  }
}
