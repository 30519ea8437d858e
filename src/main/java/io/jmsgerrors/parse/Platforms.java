package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Platform;

/**
 * Tells the platform a line was logged on from its markers: the logcat tag {@code JIGUANG-JMessage},
 * SDK class names and {@code [IMProtocol]} (Android), the {@code jmsg_error} NSError domain
 * (iOS), Flutter's {@code PlatformException(...)}, the Web SDK's {@code <- event:}, and the REST
 * client's {@code APIRequestException} / {@code responseContent:} (server).
 */
final class Platforms {
  private Platforms() {}

  /** Nine bytes or more each, so the word search looks at one position in six. */
  static final String[] MARKER_WORDS = {
      "jiguang-jmessage", "jmsg_error", "platformexception(", "error domain=", "<- event:", "[improtocol]",
      "cn.jpush.im.android", "cn.jmessage.biz", "cn.jmessage.api", "cn.jiguang.common", "apirequestexception",
      "responsecontent:"};
  private static final WordSet MARKERS = new WordSet(MARKER_WORDS);
  private static final Platform[] PLATFORMS = {
      Platform.ANDROID, Platform.IOS, null, Platform.IOS, Platform.WEB, Platform.ANDROID,
      Platform.ANDROID, Platform.ANDROID, Platform.SERVER, Platform.SERVER, Platform.SERVER,
      Platform.SERVER};
  private static final int PLATFORM_EXCEPTION = 2;

  /** The platform the first marker in {@code b[from, to)} names, or {@code null}. */
  static Platform hint(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      long found = MARKERS.find(b, i, to);
      if (found < 0) {
        return null;
      }
      int at = WordSet.position(found);
      int word = WordSet.index(found);
      if (word != PLATFORM_EXCEPTION) {
        return PLATFORMS[word];
      }
      int p = Lines.skipBlank(b, at + 18, to);
      if (p < to && Ascii.isDigit(b[p])) {
        return Platform.ANDROID;
      }
      if (Ascii.startsWith(b, p, to, "error")) {
        return Platform.IOS;
      }
      i = at + 1;
    }
    return null;
  }

  /**
   * Whether the line at {@code p} starts with an NSLog prefix:
   * {@code 2026-11-25 10:00:01.123456+0800 App[123:4567]}.
   */
  static boolean nsLogPrefix(byte[] b, int p, int to) {
    int q = p + 26;
    if (q + 6 > to || !Ascii.isDigit(b[p]) || b[p + 4] != '-' || b[p + 10] != ' ' || b[p + 19] != '.') {
      return false;
    }
    for (int k = p + 20; k < p + 26; k++) {
      if (!Ascii.isDigit(b[k])) {
        return false;
      }
    }
    if (b[q] != '+' && b[q] != '-') {
      return false;
    }
    int s = q + 5;
    if (s >= to || b[s] != ' ') {
      return false;
    }
    for (int k = s + 1, stop = Math.min(to, s + 80); k < stop; k++) {
      if (b[k] == '[') {
        return k + 1 < to && Ascii.isDigit(b[k + 1]);
      }
      if (b[k] == ' ' && k == s + 1) {
        return false;
      }
    }
    return false;
  }
}
