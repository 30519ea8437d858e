package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.serde.CatalogRecords;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last decoded catalog-topic record of each code, shared by the catalog views of one topology:
 * each record is decoded once rather than once per task, and every task enriches with the same
 * entry objects (so the enriched JSON finds their pre-encoded bytes by identity).
 */
final class CatalogRecordDecodes {
  /** More codes than any catalog holds; past it the cache starts over. */
  private static final int MAX_CODES = 100_000;

  private final ConcurrentHashMap<Integer, Decoded> byCode = new ConcurrentHashMap<>();

  /** A record value and its catalog, {@code null} when the record is invalid. */
  record Decoded(byte[] raw, Catalog catalog) {}

  Decoded decode(int code, byte[] raw) {
    if (byCode.size() > MAX_CODES) {
      byCode.clear();
    }
    return byCode.compute(code, (k, old) -> old != null && Arrays.equals(old.raw(), raw) ? old
        : new Decoded(raw, CatalogRecords.decode(raw).map(v -> Catalog.of(v.entries())).orElse(null)));
  }
}
