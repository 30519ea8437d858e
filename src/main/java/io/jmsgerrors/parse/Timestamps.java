package io.jmsgerrors.parse;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads a record's own timestamp: ISO-8601 and NSLog times ({@code 2026-11-25 10:00:01.123456+0800}),
 * logcat times without a year ({@code 11-25 10:00:01.123}, year from the clock), and epoch numbers
 * in seconds, milliseconds, microseconds or nanoseconds. Times without a zone are in the configured zone.
 */
final class Timestamps {
  static final long NONE = ErrorEvent.NO_TIMESTAMP;
  private static final long DAY_MILLIS = 86_400_000L;

  private static final String[] LOGFMT_KEYS = {"time", "ts", "timestamp"};
  private static final byte EQUALS = '=';

  private final Clock clock;
  private final ZoneId zone;
  private volatile YearSpan year = new YearSpan(0, Long.MIN_VALUE, Long.MIN_VALUE);

  /** A calendar year in the configured zone and the epoch millis it spans. */
  private record YearSpan(int year, long startMillis, long endMillis) {}

  Timestamps(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** The timestamp at the start of a line (after blanks and an opening bracket), or {@link #NONE}. */
  long atLineStart(byte[] b, int p, int to) {
    p = Lines.skipBlank(b, p, to);
    if (p < to && b[p] == '[') {
      p++;
    }
    if (p + 10 <= to && Ascii.isDigit(b[p]) && b[p + 4] == '-') {
      return iso(b, p, to);
    }
    if (p + 18 <= to && b[p + 2] == '-' && b[p + 5] == ' ') {
      return logcat(b, p, to);
    }
    return NONE;
  }

  /** The value of a logfmt {@code time=}, {@code ts=} or {@code timestamp=} field, or {@link #NONE}. */
  long logfmt(byte[] b, int from, int to) {
    for (int eq = ByteScan.indexOfEither(b, from, to, EQUALS, EQUALS); eq < to;
        eq = ByteScan.indexOfEither(b, eq + 1, to, EQUALS, EQUALS)) {
      int at = logfmtKeyStart(b, from, eq);
      if (at >= 0 && (at == from || b[at - 1] == ' ' || b[at - 1] == '\t')) {
        int v = eq + 1;
        if (v < to && b[v] == '"') {
          v++;
        }
        long t = v + 10 <= to && b[v + 4] == '-' ? iso(b, v, to) : epoch(b, v, to);
        if (t != NONE) {
          return t;
        }
      }
    }
    return NONE;
  }

  /**
   * Where the time key that ends at the {@code =} at {@code eq} starts ({@code time}, {@code ts},
   * {@code timestamp}, in any case), or -1. The keys are found by their {@code =}: a search for
   * their letters would stop at every "ti" and "ts" of the text.
   */
  private static int logfmtKeyStart(byte[] b, int from, int eq) {
    for (String key : LOGFMT_KEYS) {
      if (Ascii.endsWith(b, from, eq, key)) {
        return eq - key.length();
      }
    }
    return -1;
  }

  /** An ISO-8601 date-time at {@code p}: {@code YYYY-MM-DD[T ]HH:MM[:SS[.f]][Z|±HH[:]MM]}. */
  long iso(byte[] b, int p, int to) {
    if (p + 16 > to || b[p + 4] != '-' || b[p + 7] != '-' || b[p + 13] != ':') {
      return NONE;
    }
    byte t = b[p + 10];
    if (t != 'T' && t != ' ' && t != 't') {
      return NONE;
    }
    int y = num(b, p, 4);
    int mo = num(b, p + 5, 2);
    int d = num(b, p + 8, 2);
    int h = num(b, p + 11, 2);
    int mi = num(b, p + 14, 2);
    int q = p + 16;
    int s = 0;
    int ms = 0;
    if (q + 3 <= to && b[q] == ':') {
      s = num(b, q + 1, 2);
      q += 3;
      if (q < to && (b[q] == '.' || b[q] == ',')) {
        q++;
        int digits = 0;
        while (q < to && Ascii.isDigit(b[q])) {
          if (digits < 3) {
            ms = ms * 10 + (b[q] - '0');
          }
          digits++;
          q++;
        }
        for (int k = digits; k < 3; k++) {
          ms *= 10;
        }
      }
    }
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) {
      return NONE;
    }
    long local = epochDay(y, mo, d) * DAY_MILLIS + ((h * 60L + mi) * 60L + s) * 1000L + ms;
    return local - offsetMillis(b, q, to, y, mo, d, h, mi, s);
  }

  /** A logcat time at {@code p}: {@code MM-DD HH:MM:SS.mmm}, in the clock's current or previous year. */
  long logcat(byte[] b, int p, int to) {
    if (p + 18 > to || b[p + 2] != '-' || b[p + 5] != ' ' || b[p + 8] != ':' || b[p + 11] != ':'
        || b[p + 14] != '.') {
      return NONE;
    }
    int mo = num(b, p, 2);
    int d = num(b, p + 3, 2);
    int h = num(b, p + 6, 2);
    int mi = num(b, p + 9, 2);
    int s = num(b, p + 12, 2);
    int ms = num(b, p + 15, 3);
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60 || ms < 0) {
      return NONE;
    }
    long now = clock.millis();
    int year = currentYear(now);
    long t = at(year, mo, d, h, mi, s, ms);
    return t > now + DAY_MILLIS ? at(year - 1, mo, d, h, mi, s, ms) : t;
  }

  /** A JSON number or numeric string of epoch seconds, millis, micros or nanos. */
  static long epoch(byte[] b, int p, int to) {
    long v = 0;
    int digits = 0;
    while (p < to && Ascii.isDigit(b[p]) && digits < 19) {
      v = v * 10 + (b[p++] - '0');
      digits++;
    }
    if (digits == 0) {
      return NONE;
    }
    if (v >= 100_000_000_000_000_000L) {
      return v / 1_000_000L;
    }
    if (v >= 100_000_000_000_000L) {
      return v / 1_000L;
    }
    if (v >= 100_000_000_000L) {
      return v;
    }
    long millis = v * 1000L;
    if (p + 1 < to && b[p] == '.') {
      int scale = 100;
      for (int k = p + 1; k < to && Ascii.isDigit(b[k]) && scale > 0; k++, scale /= 10) {
        millis += (b[k] - '0') * scale;
      }
    }
    return v >= 1_000_000_000L ? millis : NONE;
  }

  private int currentYear(long now) {
    YearSpan span = year;
    if (now < span.startMillis() || now >= span.endMillis()) {
      int y = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(now), zone).getYear();
      span = new YearSpan(y, at(y, 1, 1, 0, 0, 0, 0), at(y + 1, 1, 1, 0, 0, 0, 0));
      year = span;
    }
    return span.year();
  }

  private long at(int y, int mo, int d, int h, int mi, int s, int ms) {
    long local = epochDay(y, mo, d) * DAY_MILLIS + ((h * 60L + mi) * 60L + s) * 1000L + ms;
    return local - zoneOffsetMillis(y, mo, d, h, mi, s);
  }

  private long offsetMillis(byte[] b, int q, int to, int y, int mo, int d, int h, int mi, int s) {
    if (q < to && (b[q] == 'Z' || b[q] == 'z')) {
      return 0;
    }
    if (q + 3 <= to && (b[q] == '+' || b[q] == '-') && Ascii.isDigit(b[q + 1]) && Ascii.isDigit(b[q + 2])) {
      int oh = num(b, q + 1, 2);
      int om = 0;
      int r = q + 3;
      if (r < to && b[r] == ':') {
        r++;
      }
      if (r + 2 <= to && Ascii.isDigit(b[r]) && Ascii.isDigit(b[r + 1])) {
        om = num(b, r, 2);
      }
      long off = (oh * 60L + om) * 60_000L;
      return b[q] == '-' ? -off : off;
    }
    return zoneOffsetMillis(y, mo, d, h, mi, s);
  }

  private long zoneOffsetMillis(int y, int mo, int d, int h, int mi, int s) {
    if (zone instanceof ZoneOffset) {
      return ((ZoneOffset) zone).getTotalSeconds() * 1000L;
    }
    try {
      return zone.getRules().getOffset(LocalDateTime.of(y, mo, Math.min(d, 28), h, mi, Math.min(s, 59)))
          .getTotalSeconds() * 1000L;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static int num(byte[] b, int p, int n) {
    int v = 0;
    for (int i = p; i < p + n; i++) {
      if (!Ascii.isDigit(b[i])) {
        return -1_000_000;
      }
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }

  static long epochDay(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
