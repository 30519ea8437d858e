package io.jmsgerrors.metrics;

/**
 * Reads the parts of the topology's count keys ({@code code|appkey[|platform]}) in place, as
 * {@code CountKey.split} would give them, without a regular expression or an array per key.
 */
final class CountKeys {
  static final char SEP = '|';

  private CountKeys() {}

  /** The code: the number before the first separator (the whole key when there is none). */
  static int code(String key) {
    int sep = key.indexOf(SEP);
    return Integer.parseInt(key, 0, sep < 0 ? key.length() : sep, 10);
  }

  /** The appkey: the part between the first and the second separator. */
  static String appkey(String key) {
    int sep1 = key.indexOf(SEP);
    if (sep1 < 0) {
      throw new IllegalArgumentException("not a count key: " + key);
    }
    int sep2 = key.indexOf(SEP, sep1 + 1);
    return key.substring(sep1 + 1, sep2 < 0 ? key.length() : sep2);
  }
}
