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

  /** The parts of a key: [code, appkey] or [code, appkey, platform]. */
  public static String[] split(String key) {
    return key.split("\\|", -1);
  }
}
