package io.jmsgerrors.metrics;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import java.util.Arrays;

/**
 * The {@code code} and {@code category} label values of every catalog code, worked out once per
 * code and platform instead of once per series and scrape; codes outside the catalog share
 * {@code code="unknown"}, {@code category="unknown"}.
 */
final class CodeLabels {
  static final String UNKNOWN = "unknown";
  private static final Platform[] PLATFORMS = Platform.values();

  private final Catalog catalog;
  private final int[] codes;
  private final String[] codeLabels;
  /** By code index, then platform ordinal; the last slot is "no platform"; filled on first use. */
  private final String[][] categories;

  CodeLabels(Catalog catalog) {
    this.catalog = catalog;
    this.codes = catalog.entries().stream().mapToInt(CatalogEntry::code).distinct().sorted().toArray();
    this.codeLabels = Arrays.stream(codes).mapToObj(Integer::toString).toArray(String[]::new);
    this.categories = new String[codes.length][PLATFORMS.length + 1];
  }

  /** The index of a catalog code, or -1 for a code outside the catalog. */
  int indexOf(int code) {
    int i = Arrays.binarySearch(codes, code);
    return i >= 0 ? i : -1;
  }

  /** The {@code code} label value of the code at {@code index}. */
  String code(int index) {
    return index < 0 ? UNKNOWN : codeLabels[index];
  }

  /** The {@code category} label value of the code at {@code index} logged on {@code platform} (null: none named). */
  String category(int index, Platform platform) {
    if (index < 0) {
      return Category.UNKNOWN.id();
    }
    int slot = platform == null ? PLATFORMS.length : platform.ordinal();
    String c = categories[index][slot];
    if (c == null) {
      c = catalog.lookup(codes[index], platform).map(CatalogEntry::category).orElse(Category.UNKNOWN).id();
      categories[index][slot] = c;
    }
    return c;
  }
}
