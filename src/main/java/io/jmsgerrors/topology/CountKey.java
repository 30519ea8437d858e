package io.jmsgerrors.topology;

/** The keys errors are counted under: {@code code|appkey} in windows, {@code code|appkey|platform} in totals. */
public final class CountKey {
  /** The appkey part of a key when the record named none. */
  public static final String NO_APPKEY = "none";
  public static final char SEP = '|';

  private CountKey() {}

  // built in builders of the final size: with the project's inline string concatenation a default
  // builder grows once or twice per key, and these are built for every event
  public static String windowKey(int code, String appkey) {
    String a = appkey == null ? NO_APPKEY : appkey;
    return new StringBuilder(12 + a.length()).append(code).append(SEP).append(a).toString();
  }

  static String totalsKey(String windowKey, String platform) {
    // (a null part reads "null", as it did with string concatenation)
    int size = (windowKey == null ? 4 : windowKey.length()) + 1 + (platform == null ? 4 : platform.length());
    return new StringBuilder(size).append(windowKey).append(SEP).append(platform).toString();
  }

  /**
   * Partitions events by code only, so every appkey of a code is counted in the same task and the
   * spike detector sees a code's whole count there.
   */
  static java.util.Optional<java.util.Set<Integer>> partitionByCode(String topic, String key, String value, int partitions) {
    String code = codeText(key);
    return java.util.Optional.of(java.util.Set.of(
        org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
            code.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions));
  }

  /** The text before the first separator of a key (the whole key when there is none). */
  static String codeText(String key) {
    int sep = key.indexOf(SEP);
    return sep < 0 ? key : key.substring(0, sep);
  }

  /** The code of a key: the number before the first separator (the whole key when there is none). */
  public static int code(String key) {
    int sep = key.indexOf(SEP);
    return Integer.parseInt(key, 0, sep < 0 ? key.length() : sep, 10);
  }

  /** The appkey of a key, as {@link #split} gives it, without a regular expression or an array. */
  public static String appkey(String key) {
    int sep1 = key.indexOf(SEP);
    if (sep1 < 0) {
      throw new IllegalArgumentException("not a count key: " + key);
    }
    int sep2 = key.indexOf(SEP, sep1 + 1);
    return key.substring(sep1 + 1, sep2 < 0 ? key.length() : sep2);
  }

  /**
   * The platform of a totals key ({@code code|appkey|platform}): its third part, or null when the
   * key does not have exactly three parts (as {@link #split} would give them).
   */
  public static String platform(String key) {
    int sep1 = key.indexOf(SEP);
    int sep2 = sep1 < 0 ? -1 : key.indexOf(SEP, sep1 + 1);
    if (sep2 < 0 || key.indexOf(SEP, sep2 + 1) >= 0) {
      return null;
    }
    return key.substring(sep2 + 1);
  }

  /** The start every key of {@code code} shares: {@code code|}. */
  public static String codePrefix(int code) {
    return Integer.toString(code) + SEP;
  }

  /** {@code each}, given only the keys ({@code code|...}) of {@code code}. */
  public static java.util.function.ObjLongConsumer<String> ofCode(int code,
      java.util.function.ObjLongConsumer<String> each) {
    String prefix = codePrefix(code);
    return (key, n) -> {
      if (key.startsWith(prefix)) {
        each.accept(key, n);
      }
    };
  }

  /** The parts of a key: [code, appkey] or [code, appkey, platform]. */
  public static String[] split(String key) {
    return key.split("\\|", -1);
  }
}
