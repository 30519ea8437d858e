package io.jmsgerrors.topology;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The JSON of a spike alert on the alerts topic. */
final class AlertJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private AlertJson() {}

  static byte[] encode(String type, int code, CatalogEntry entry, String appkey, long windowStart, long windowEnd,
      long count, double baseline, double ratio) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", type);
      g.writeNumberField("code", code);
      g.writeStringField("category", entry == null ? Category.UNKNOWN.id() : entry.category().id());
      g.writeStringField("message", entry == null ? "" : entry.message());
      g.writeStringField("description", entry == null ? "" : entry.description());
      g.writeStringField("hint", entry == null ? Category.UNKNOWN.hint() : entry.hint());
      g.writeStringField("appkey", appkey);
      g.writeNumberField("windowStart", windowStart);
      g.writeNumberField("windowEnd", windowEnd);
      g.writeStringField("windowStartIso", Instant.ofEpochMilli(windowStart).toString());
      g.writeNumberField("count", count);
      g.writeNumberField("baseline", Math.round(baseline * 100) / 100.0);
      g.writeNumberField("ratio", Math.round(ratio * 100) / 100.0);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
