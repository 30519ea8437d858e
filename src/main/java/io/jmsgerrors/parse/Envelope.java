package io.jmsgerrors.parse;

/**
 * Reads the fields of a JSON record (a Filebeat/ECS, Fluent Bit, Vector or OpenTelemetry envelope,
 * or a JSON application log) without building a tree: the record timestamp and where the
 * message text starts. Only top-level-looking {@code "key":} pairs with unescaped quotes count.
 */
final class Envelope {
  private static final int MAX_SCAN = 64 * 1024;
  private static final String[] TIME_KEYS = {
      "@timestamp", "timestamp", "time", "timeunixnano", "observedtimeunixnano", "ts", "date", "datetime"};
  private static final String[] TEXT_KEYS = {"message", "log", "msg", "body", "stringvalue"};
  private static final long TIME_FIRST = firstBytes(TIME_KEYS);
  private static final long TEXT_FIRST = firstBytes(TEXT_KEYS);
  private static final byte QUOTE = '"';

  private Envelope() {}

  static boolean isJson(byte[] b, int off, int end) {
    int p = off;
    while (p < end && Ascii.isSpace(b[p])) {
      p++;
    }
    return p < end && b[p] == '{';
  }

  /** The first parseable timestamp field of the record, or {@link Timestamps#NONE}. */
  static long timestamp(byte[] b, int off, int end, Timestamps timestamps) {
    int stop = Math.min(end, off + MAX_SCAN);
    for (int i = ByteScan.indexOfEither(b, off, stop, QUOTE, QUOTE); i < stop;
        i = ByteScan.indexOfEither(b, i + 1, stop, QUOTE, QUOTE)) {
      if (i > off && b[i - 1] == '\\') {
        continue;
      }
      int v = valueOf(b, i, stop, TIME_KEYS, TIME_FIRST);
      if (v < 0) {
        continue;
      }
      long t = Timestamps.NONE;
      if (b[v] == '"') {
        int p = v + 1;
        t = p + 10 <= stop && b[p + 4] == '-' ? timestamps.iso(b, p, stop) : Timestamps.epoch(b, p, stop);
      } else if (Ascii.isDigit(b[v])) {
        t = Timestamps.epoch(b, v, stop);
      }
      if (t != Timestamps.NONE) {
        return t;
      }
    }
    return Timestamps.NONE;
  }

  /** Where the text of the first message-like string field starts, or -1. */
  static int messageStart(byte[] b, int off, int end) {
    int stop = Math.min(end, off + MAX_SCAN);
    for (int i = ByteScan.indexOfEither(b, off, stop, QUOTE, QUOTE); i < stop;
        i = ByteScan.indexOfEither(b, i + 1, stop, QUOTE, QUOTE)) {
      if (i == off || b[i - 1] != '\\') {
        int v = valueOf(b, i, stop, TEXT_KEYS, TEXT_FIRST);
        if (v >= 0 && b[v] == '"') {
          return v + 1;
        }
      }
    }
    return -1;
  }

  /** The keys' first bytes as bits (by the byte modulo 64): a filter that spares most quotes the loop over the keys. */
  private static long firstBytes(String[] keys) {
    long bits = 0;
    for (String k : keys) {
      bits |= 1L << k.charAt(0);
    }
    return bits;
  }

  /** When a quoted key from {@code keys} opens at {@code q}, the offset of its value; else -1. */
  private static int valueOf(byte[] b, int q, int stop, String[] keys, long firsts) {
    if (q + 1 >= stop) {
      return -1;
    }
    int first = Ascii.lower(b[q + 1]);
    if ((firsts & 1L << first) == 0) {
      return -1;
    }
    for (String k : keys) {
      int e = q + 1 + k.length();
      if (k.charAt(0) == first && e < stop && b[e] == '"' && Ascii.startsWith(b, q + 1, e, k)) {
        int p = e + 1;
        while (p < stop && (b[p] == ' ' || b[p] == '\t')) {
          p++;
        }
        if (p >= stop || b[p] != ':') {
          return -1;
        }
        p++;
        while (p < stop && Ascii.isSpace(b[p])) {
          p++;
        }
        return p < stop ? p : -1;
      }
    }
    return -1;
  }
}
