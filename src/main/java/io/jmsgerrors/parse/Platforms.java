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

  /** The platform the markers in {@code b[from, to)} name, or {@code null}. */
  static Platform hint(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      Platform p = at(b, i, to);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static Platform at(byte[] b, int i, int to) {
    switch (b[i]) {
      case 'J':
        return Ascii.startsWith(b, i, to, "jiguang-jmessage") ? Platform.ANDROID : null;
      case 'j':
        return Ascii.startsWith(b, i, to, "jmsg_error") ? Platform.IOS
            : Ascii.startsWith(b, i, to, "jiguang-jmessage") ? Platform.ANDROID : null;
      case 'P':
        if (Ascii.startsWith(b, i, to, "platformexception(")) {
          int p = Lines.skipBlank(b, i + 18, to);
          return p < to && Ascii.isDigit(b[p]) ? Platform.ANDROID
              : Ascii.startsWith(b, p, to, "error") ? Platform.IOS : null;
        }
        return null;
      case 'E':
        return Ascii.startsWith(b, i, to, "error domain=") ? Platform.IOS : null;
      case '<':
        return Ascii.startsWith(b, i, to, "<- event:") ? Platform.WEB : null;
      case '[':
        return Ascii.startsWith(b, i, to, "[improtocol]") ? Platform.ANDROID : null;
      case 'c':
        return Ascii.startsWith(b, i, to, "cn.jpush.im.android") || Ascii.startsWith(b, i, to, "cn.jmessage.biz")
            ? Platform.ANDROID
            : Ascii.startsWith(b, i, to, "cn.jmessage.api") || Ascii.startsWith(b, i, to, "cn.jiguang.common")
            ? Platform.SERVER : null;
      case 'A':
        return Ascii.startsWith(b, i, to, "apirequestexception") ? Platform.SERVER : null;
      case 'r':
        return Ascii.startsWith(b, i, to, "responsecontent:") ? Platform.SERVER : null;
      default:
        return null;
    }
  }

  /**
   * Whether the line at {@code p} starts with an NSLog prefix:
   * {@code 2026-11-25 10:00:01.123456+0800 App[123:4567]}.
   */
  static boolean nsLogPrefix(byte[] b, int p, int to) {
    int q = p + 26;
    if (q + 6 > to || b[p + 4] != '-' || b[p + 10] != ' ' || b[p + 19] != '.') {
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
