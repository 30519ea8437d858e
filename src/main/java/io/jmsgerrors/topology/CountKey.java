package io.jmsgerrors.topology;

/** The keys errors are counted under: {@code code|appkey} in windows, {@code code|appkey|platform} in totals. */
public final class CountKey {
  /** The appkey part of a key when the record named none. */
  public static final String NO_APPKEY = "none";
  static final char SEP = '|';

  private CountKey() {}

  public static String windowKey(int code, String appkey) {
    return code + "|" + (appkey == null ? NO_APPKEY : appkey);
  }

  static String totalsKey(String windowKey, String platform) {
    return windowKey + SEP + platform;
  }

  /**
   * Partitions events by code only, so every appkey of a code is counted in the same task and the
   * spike detector sees a code's whole count there.
   */
  static java.util.Optional<java.util.Set<Integer>> partitionByCode(String topic, String key, String value, int partitions) {
    int sep = key.indexOf(SEP);
    String code = sep < 0 ? key : key.substring(0, sep);
    return java.util.Optional.of(java.util.Set.of(
        org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
            code.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions));
  }

  /** The parts of a key: [code, appkey] or [code, appkey, platform]. */
  public static String[] split(String key) {
    return key.split("\\|", -1);
  }
}
