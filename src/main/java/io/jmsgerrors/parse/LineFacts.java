package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Platform;

/**
 * What one pass over a line tells: the platform its first marker names, where its appkey value
 * is, and whether it may hold a secret (so excerpts of lines without one skip redaction).
 */
final class LineFacts {
  private static final int MARKERS = 12;
  private static final int APPKEY_WORDS = 3;
  static final String[] MARKER_AND_APPKEY_WORDS = {
      "jiguang-jmessage", "jmsg_error", "platformexception(", "error domain=", "<- event:", "[improtocol]",
      "cn.jpush.im.android", "cn.jmessage.biz", "cn.jmessage.api", "cn.jiguang.common", "apirequestexception",
      "responsecontent:",
      "appkey", "app_key", "app-key"};
  private static final WordSet WORDS = WordSet.concat(MARKER_AND_APPKEY_WORDS, Redactor.ANCHOR_WORDS);
  /** Without the secret anchors, whose common two-byte starts make the word search stop often. */
  private static final WordSet WORDS_WITHOUT_SECRETS = new WordSet(MARKER_AND_APPKEY_WORDS);
  private static final Platform[] PLATFORMS = {
      Platform.ANDROID, Platform.IOS, null, Platform.IOS, Platform.WEB, Platform.ANDROID,
      Platform.ANDROID, Platform.ANDROID, Platform.SERVER, Platform.SERVER, Platform.SERVER,
      Platform.SERVER};
  private static final int PLATFORM_EXCEPTION = 2;

  Platform platform;
  int appkey = -1;
  boolean maySecret;

  /** Scans {@code b[from, to)} once; whether it may hold a secret is only worked out when {@code secrets}. */
  static LineFacts of(byte[] b, int from, int to, boolean secrets) {
    LineFacts f = new LineFacts();
    WordSet words = secrets ? WORDS : WORDS_WITHOUT_SECRETS;
    int i = from;
    while (i < to && !f.complete(secrets)) {
      long found = words.find(b, i, to);
      if (found < 0) {
        break;
      }
      int at = WordSet.position(found);
      int word = WordSet.index(found);
      if (word < MARKERS) {
        if (f.platform == null) {
          f.platform = word == PLATFORM_EXCEPTION ? platformException(b, at, to) : PLATFORMS[word];
        }
      } else if (word < MARKERS + APPKEY_WORDS) {
        if (f.appkey < 0) {
          f.appkey = Appkeys.valueAt(b, from, at, to);
        }
      } else {
        f.maySecret = true;
      }
      i = at + 1;
    }
    if (secrets) {
      f.maySecret = f.maySecret || Redactor.hasUnanchoredSecret(b, from, to);
    }
    return f;
  }

  /** Whether reading on can change nothing: platform and appkey found, and a secret anchor if asked for. */
  private boolean complete(boolean secrets) {
    return platform != null && appkey >= 0 && (maySecret || !secrets);
  }

  private static Platform platformException(byte[] b, int at, int to) {
    int p = Lines.skipBlank(b, at + 18, to);
    if (p < to && Ascii.isDigit(b[p])) {
      return Platform.ANDROID;
    }
    return Ascii.startsWith(b, p, to, "error") ? Platform.IOS : null;
  }
}
