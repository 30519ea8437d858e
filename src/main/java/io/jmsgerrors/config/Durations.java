package io.jmsgerrors.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses durations written as {@code 500ms}, {@code 30s}, {@code 1m}, {@code 2h} or ISO-8601. */
public final class Durations {
  private Durations() {}

  public static Duration parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty duration");
    }
    if (t.startsWith("p")) {
      try {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: '" + text + "'");
      }
    }
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 12) {
      throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 30s, 1m, 2h)");
    }
    long n = Long.parseLong(t.substring(0, i));
    switch (t.substring(i)) {
      case "ms":
        return Duration.ofMillis(n);
      case "s":
      case "":
        return Duration.ofSeconds(n);
      case "m":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      default:
        throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 30s, 1m, 2h)");
    }
  }
}
