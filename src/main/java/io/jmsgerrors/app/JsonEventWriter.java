package io.jmsgerrors.app;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.parse.ErrorEvent;
import java.io.PrintWriter;
import java.time.Instant;

/** Writes one JSON object per event, one per line. */
final class JsonEventWriter implements LineScanner.EventSink {
  private final PrintWriter out;
  private final StringBuilder sb = new StringBuilder(512);
  private String fileJson;

  JsonEventWriter(PrintWriter out) {
    this.out = out;
  }

  /** The file named in every following object, or {@code null} to name none. */
  void file(String file) {
    fileJson = file == null ? null : quote(file);
  }

  @Override
  public void accept(long line, ErrorEvent e) {
    CatalogEntry entry = e.entry();
    sb.setLength(0);
    sb.append('{');
    if (fileJson != null) {
      sb.append("\"file\":").append(fileJson).append(',');
    }
    sb.append("\"line\":").append(line).append(",\"code\":").append(e.code());
    sb.append(",\"category\":").append(quote(entry == null ? "unknown" : entry.category().id()));
    sb.append(",\"message\":").append(quote(entry == null ? "" : entry.message()));
    sb.append(",\"description\":").append(quote(entry == null ? "" : entry.description()));
    String platform = ScanSummary.platformOf(e).id();
    if (!"unknown".equals(platform)) {
      sb.append(",\"platform\":").append(quote(platform));
    }
    if (e.appkey() != null) {
      sb.append(",\"appkey\":").append(quote(e.appkey()));
    }
    if (e.hasTimestamp()) {
      sb.append(",\"timestamp\":").append(quote(Instant.ofEpochMilli(e.timestampMillis()).toString()));
    }
    if (!e.excerpt().isEmpty()) {
      sb.append(",\"excerpt\":").append(quote(e.excerpt()));
    }
    sb.append('}');
    out.println(sb);
  }

  static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
