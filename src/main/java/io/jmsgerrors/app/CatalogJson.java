package io.jmsgerrors.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import java.io.UncheckedIOException;
import java.util.List;

/** One catalog entry as a one-line JSON object, for {@code explain --json} and {@code catalog --json}. */
final class CatalogJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogJson() {}

  static ObjectNode entry(CatalogEntry e) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", e.code());
    node.put("platform", e.platform().id());
    node.put("message", e.message());
    node.put("description", e.description());
    node.put("category", e.category().id());
    node.put("source", e.source().id());
    node.put("hint", e.hint());
    return node;
  }

  /** The entry with the list of every platform its code exists on, the entry's own first. */
  static ObjectNode explained(CatalogEntry e, List<Platform> platforms) {
    ObjectNode node = entry(e);
    ArrayNode list = node.putArray("platforms");
    platforms.forEach(p -> list.add(p.id()));
    return node;
  }

  static String line(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
