package io.jmsgerrors.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record format of the catalog topic: key = the code as a decimal string, value = JSON
 * {@code {"code":803010,"origin":"builtin","version":"...","entries":[{platform,message,...}]}}.
 * Operators write their own corrections with any other {@code origin} (e.g. "operator").
 */
public final class CatalogRecords {
  public static final String ORIGIN_BUILTIN = "builtin";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogRecords() {}

  /** One catalog-topic record value: the origin, the catalog version, and the code's meanings. */
  public record Value(int code, String origin, String version, List<CatalogEntry> entries) {
    public Value {
      entries = List.copyOf(entries);
    }

    public boolean builtIn() {
      return ORIGIN_BUILTIN.equals(origin);
    }
  }

  public static byte[] encode(Value v) {
    ObjectNode root = JSON.createObjectNode();
    root.put("code", v.code());
    root.put("origin", v.origin());
    root.put("version", v.version());
    ArrayNode arr = root.putArray("entries");
    for (CatalogEntry e : v.entries()) {
      ObjectNode n = arr.addObject();
      n.put("platform", e.platform().id());
      n.put("category", e.category().id());
      n.put("source", e.source().id());
      n.put("message", e.message());
      n.put("description", e.description());
      n.put("hint", e.hint());
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Decodes a record value; empty when it is not a valid catalog record (never throws). */
  public static Optional<Value> decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0 || bytes.length > 1_000_000) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(bytes);
      JsonNode codeNode = root.path("code");
      JsonNode arr = root.path("entries");
      if (!codeNode.isInt() || !arr.isArray() || arr.isEmpty()) {
        return Optional.empty();
      }
      int code = codeNode.asInt();
      List<CatalogEntry> entries = new ArrayList<>();
      for (JsonNode n : arr) {
        entries.add(new CatalogEntry(code,
            Platform.fromId(n.path("platform").asText()).orElse(Platform.UNKNOWN),
            n.path("message").asText(""),
            n.path("description").asText(""),
            Category.fromId(n.path("category").asText()).orElse(Category.UNKNOWN),
            Source.fromId(n.path("source").asText()).orElse(Source.UNDOCUMENTED),
            n.path("hint").asText("")));
      }
      return Optional.of(new Value(code, root.path("origin").asText(""), root.path("version").asText(""), entries));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The built-in catalog as one record value per code. */
  public static List<Value> fromCatalog(Catalog catalog) {
    java.util.Map<Integer, List<CatalogEntry>> byCode = new java.util.LinkedHashMap<>();
    for (CatalogEntry e : catalog.entries()) {
      byCode.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
    }
    List<Value> out = new ArrayList<>();
    byCode.forEach((code, entries) -> out.add(new Value(code, ORIGIN_BUILTIN, catalog.version(), entries)));
    return out;
  }
}
