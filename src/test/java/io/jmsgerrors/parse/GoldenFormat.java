package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads golden records and writes events in the golden {@code .expected} line format. */
final class GoldenFormat {
  private GoldenFormat() {}

  /** The records of a golden {@code .log} file: blocks separated by blank lines. */
  static List<byte[]> records(String text) {
    List<byte[]> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        flush(cur, out);
      } else {
        if (cur.length() > 0) {
          cur.append('\n');
        }
        cur.append(line);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<byte[]> out) {
    if (cur.length() > 0) {
      out.add(cur.toString().getBytes(StandardCharsets.UTF_8));
      cur.setLength(0);
    }
  }

  /** One event as a golden line: record number, code, platform, appkey, timestamp, catalog entry. */
  static String line(int record, ErrorEvent e) {
    return "record=" + record
        + " code=" + e.code()
        + " platform=" + e.platform().id()
        + " appkey=" + (e.appkey() == null ? "-" : e.appkey())
        + " ts=" + (e.hasTimestamp() ? Instant.ofEpochMilli(e.timestampMillis()).toString() : "-")
        + " entry=" + (e.entry() == null ? "unknown" : e.entry().platform().id());
  }
}
