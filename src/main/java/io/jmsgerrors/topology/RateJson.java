package io.jmsgerrors.topology;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The JSON of one closed window's count on the rates topic. */
final class RateJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RateJson() {}

  static byte[] encode(String windowKey, long windowStart, long windowEnd, long count) {
    String[] parts = CountKey.split(windowKey);
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("code", Integer.parseInt(parts[0]));
      g.writeStringField("appkey", CountKey.NO_APPKEY.equals(parts[1]) ? null : parts[1]);
      g.writeNumberField("windowStart", windowStart);
      g.writeNumberField("windowEnd", windowEnd);
      g.writeStringField("windowStartIso", Instant.ofEpochMilli(windowStart).toString());
      g.writeNumberField("count", count);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
