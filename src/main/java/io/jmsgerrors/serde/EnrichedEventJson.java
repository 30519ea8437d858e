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

/** The JSON form of an {@link EnrichedEvent} on the enriched topic. */
public final class EnrichedEventJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EnrichedEventJson() {}

  public static byte[] encode(EnrichedEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(384);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("code", e.code());
      g.writeBooleanField("known", e.known());
      g.writeStringField("category", e.category());
      g.writeStringField("message", e.message());
      g.writeStringField("description", e.description());
      g.writeStringField("hint", e.hint());
      g.writeStringField("table", e.table());
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
