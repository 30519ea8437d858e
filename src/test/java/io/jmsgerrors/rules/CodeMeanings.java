package io.jmsgerrors.rules;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One line of meaning and one line of hint per code number, from the catalog, for dashboards and the runbook. */
final class CodeMeanings {
  private CodeMeanings() {}

  /** The built-in catalog, or the TSV named by -Djmsg.catalog (to generate from another branch's catalog). */
  static Catalog catalog() {
    String file = System.getProperty("jmsg.catalog");
    if (file == null || file.isBlank()) {
      return Catalog.builtIn();
    }
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return Catalog.fromTsv(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** code -> "message · 说明" (distinct meanings of all platforms joined by " | "), codes in numeric order. */
  static Map<String, String> meanings(Catalog catalog) {
    return byCode(catalog, CodeMeanings::meaning);
  }

  /** code -> the distinct hints of its entries. */
  static Map<String, String> hints(Catalog catalog) {
    return byCode(catalog, CatalogEntry::hint);
  }

  static String meaning(CatalogEntry e) {
    String message = e.message().strip();
    String description = e.description().strip();
    String text = message.isEmpty() ? description : description.isEmpty() ? message : message + " · " + description;
    return text.isEmpty() ? e.category().id() : text;
  }

  private static Map<String, String> byCode(Catalog catalog, java.util.function.Function<CatalogEntry, String> f) {
    Map<Integer, Set<String>> texts = new TreeMap<>();
    List<CatalogEntry> entries = catalog.entries();
    for (CatalogEntry e : entries) {
      texts.computeIfAbsent(e.code(), k -> new LinkedHashSet<>()).add(f.apply(e));
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    texts.forEach((code, set) -> out.put(String.valueOf(code), String.join(" | ", set)));
    out.put("unknown", "not in the catalog: look it up and add it to CATALOG_TOPIC");
    return out;
  }

  /** Joins lines as a Markdown-safe table cell. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ").strip();
  }

  static String codes(Set<String> codes) {
    return codes.stream().collect(Collectors.joining(", "));
  }
}
