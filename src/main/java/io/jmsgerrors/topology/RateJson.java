package io.jmsgerrors.topology;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The JSON of one closed window's count on the rates topic. A window closes with one record per
 * (code, appkey), so {@link #forWindow} writes the window's fields once and each record copies them.
 */
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

  /** Writes the records of the window {@code [windowStart, windowEnd)}, byte for byte as {@link #encode}. */
  static Window forWindow(long windowStart, long windowEnd) {
    return new Window(windowStart, windowEnd);
  }

  static final class Window {
    private final long start;
    private final long end;
    private final String fields;

    private Window(long start, long end) {
      this.start = start;
      this.end = end;
      this.fields = ",\"windowStart\":" + start + ",\"windowEnd\":" + end + ",\"windowStartIso\":\""
          + Instant.ofEpochMilli(start) + "\",\"count\":";
    }

    byte[] encode(String windowKey, long count) {
      int sep = windowKey.indexOf(CountKey.SEP);
      String appkey = sep < 0 ? "" : windowKey.substring(sep + 1);
      if (sep <= 0 || !digits(windowKey, sep) || !plain(appkey)) {
        return RateJson.encode(windowKey, start, end, count);
      }
      StringBuilder b = new StringBuilder(fields.length() + 64);
      b.append("{\"code\":").append(windowKey, 0, sep).append(",\"appkey\":");
      if (CountKey.NO_APPKEY.equals(appkey)) {
        b.append("null");
      } else {
        b.append('"').append(appkey).append('"');
      }
      return b.append(fields).append(count).append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A code as Jackson writes the int: digits without a leading zero, at most 9 of them. */
    private static boolean digits(String s, int end) {
      if (end > 9 || (end > 1 && s.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < end; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    /** Text that JSON needs no escape for and that is a single appkey (no separator). */
    private static boolean plain(String s) {
      if (s.isEmpty()) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_' || c == '.')) {
          return false;
        }
      }
      return true;
    }
  }
}
