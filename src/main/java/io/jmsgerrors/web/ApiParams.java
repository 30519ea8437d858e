package io.jmsgerrors.web;

import io.jmsgerrors.catalog.Platform;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses and validates the query parameters of the JSON API; anything out of bounds is a {@link BadRequest}. */
public final class ApiParams {
  public static final int MAX_MINUTES = 120;
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;
  static final int MAX_QUERY_CHARS = 512;
  private static final Pattern APPKEY = Pattern.compile("[a-z0-9]{24}|none");
  private static final Pattern CODE = Pattern.compile("[0-9]{1,9}");
  private static final Set<String> KNOWN = Set.of("minutes", "appkey", "platform", "limit", "end", "local");

  private final Map<String, String> values;

  private ApiParams(Map<String, String> values) {
    this.values = values;
  }

  /** Thrown for a parameter the API does not accept; its message is safe to show. */
  public static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
      super(message);
    }
  }

  public static ApiParams parse(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new ApiParams(out);
    }
    if (rawQuery.length() > MAX_QUERY_CHARS) {
      throw new BadRequest("query longer than " + MAX_QUERY_CHARS + " characters");
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!KNOWN.contains(name)) {
        throw new BadRequest("unknown parameter (known: minutes, appkey, platform, limit, end, local)");
      }
      if (out.put(name, value.trim()) != null) {
        throw new BadRequest("parameter " + name + " given twice");
      }
    }
    return new ApiParams(out);
  }

  public int minutes() {
    return intIn("minutes", 60, 1, MAX_MINUTES);
  }

  public int limit() {
    return intIn("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  public Optional<String> appkey() {
    String a = values.getOrDefault("appkey", "");
    if (a.isEmpty()) {
      return Optional.empty();
    }
    if (!APPKEY.matcher(a).matches()) {
      throw new BadRequest("appkey must be 24 lowercase letters or digits (or 'none')");
    }
    return Optional.of(a);
  }

  public Optional<Platform> platform() {
    String p = values.getOrDefault("platform", "");
    if (p.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Platform.fromId(p).orElseThrow(() -> new BadRequest("unknown platform")));
  }

  public boolean local() {
    String l = values.get("local");
    if (l != null && !l.equals("true") && !l.equals("false")) {
      throw new BadRequest("local must be true or false");
    }
    return "true".equals(l);
  }

  /**
   * The start of the newest window to show: {@code end} aligned down to the window size, or the
   * current window; it must lie within the stores' retention.
   */
  public long end(long nowMillis, long windowMillis) {
    long current = nowMillis - Math.floorMod(nowMillis, windowMillis);
    String e = values.get("end");
    if (e == null || e.isEmpty()) {
      return current;
    }
    long end;
    try {
      end = Long.parseLong(e);
    } catch (NumberFormatException ex) {
      throw new BadRequest("end must be epoch milliseconds");
    }
    long aligned = end - Math.floorMod(end, windowMillis);
    if (aligned > current || aligned < current - MAX_MINUTES * 60_000L) {
      throw new BadRequest("end must lie within the last " + MAX_MINUTES + " minutes");
    }
    return aligned;
  }

  /** A code as given in a path: 1 to 9 digits. */
  public static int code(String text) {
    if (!CODE.matcher(text).matches()) {
      throw new BadRequest("code must be 1 to 9 digits");
    }
    return Integer.parseInt(text);
  }

  private int intIn(String name, int dflt, int min, int max) {
    String v = values.getOrDefault(name, "");
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(name + " must be a whole number from " + min + " to " + max);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("malformed query");
    }
  }
}
