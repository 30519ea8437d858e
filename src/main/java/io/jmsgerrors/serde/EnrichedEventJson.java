package io.jmsgerrors.serde;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.topology.EnrichedEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** The JSON form of an {@link EnrichedEvent} on the enriched topic. */
public final class EnrichedEventJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ThreadLocal<EnrichedEventWriter> WRITERS =
      ThreadLocal.withInitial(() -> new EnrichedEventWriter(EnrichedEventJson::encodeMeaning));

  private EnrichedEventJson() {}

  /**
   * The event's JSON, in a fresh array. The fields are written in the order of
   * docs/ARCHITECTURE.md; the bytes are exactly those of Jackson's generator writing them.
   */
  public static byte[] encode(EnrichedEvent e) {
    byte[] json = WRITERS.get().encode(e);
    return json != null ? json : encodeWithJackson(e);
  }

  /** The reference encoding: Jackson writing every field; also the fallback for strings the writer leaves to it. */
  static byte[] encodeWithJackson(EnrichedEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(384);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      writeMeaning(g, e);
      g.writeStringField("platform", e.platform());
      g.writeStringField("appkey", e.appkey());
      g.writeNumberField("timestamp", e.timestamp());
      g.writeObjectFieldStart("origin");
      g.writeStringField("topic", e.topic());
      g.writeNumberField("partition", e.partition());
      g.writeNumberField("offset", e.offset());
      g.writeEndObject();
      g.writeStringField("excerpt", e.excerpt());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  /** The JSON of the catalog meaning alone: the opening brace through "table", no closing brace. */
  static byte[] encodeMeaning(EnrichedEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(384);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      writeMeaning(g, e);
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    byte[] closed = out.toByteArray();
    return Arrays.copyOf(closed, closed.length - 1);
  }

  private static void writeMeaning(JsonGenerator g, EnrichedEvent e) throws IOException {
    g.writeNumberField("code", e.code());
    g.writeBooleanField("known", e.known());
    g.writeStringField("category", e.category());
    g.writeStringField("message", e.message());
    g.writeStringField("description", e.description());
    g.writeStringField("hint", e.hint());
    g.writeStringField("table", e.table());
  }

  public static EnrichedEvent decode(byte[] json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      JsonNode o = n.path("origin");
      return new EnrichedEvent(n.path("code").asInt(), n.path("known").asBoolean(),
          n.path("category").asText(), n.path("message").asText(), n.path("description").asText(),
          n.path("hint").asText(), n.path("table").asText(), n.path("platform").asText(),
          n.path("appkey").isNull() ? null : n.path("appkey").asText(null),
          n.path("timestamp").asLong(), o.path("topic").asText(), o.path("partition").asInt(),
          o.path("offset").asLong(), n.path("excerpt").asText());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
