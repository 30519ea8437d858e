package io.jmsgerrors.serde;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jmsgerrors.topology.EnrichedEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The enriched JSON as EnrichedEventJson wrote it before it pre-encoded catalog meanings: the reference. */
final class JacksonEnrichedEventJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JacksonEnrichedEventJson() {}

  static byte[] encode(EnrichedEvent e) {
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
}
