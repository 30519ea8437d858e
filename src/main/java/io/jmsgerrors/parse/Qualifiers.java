package io.jmsgerrors.parse;

/**
 * Judges the word that qualifies a {@code code} key ({@code errorCode}, {@code response code},
 * {@code verification code}, {@code hashCode}): an error word, a word that makes it some other
 * kind of code, or neither.
 */
final class Qualifiers {
  static final int NEUTRAL = 0;
  static final int ERROR = 1;
  static final int DENY = 2;

  private static final String[] HARD_DENY_PARTS = {
      "verif", "sms", "captcha", "otp", "mfa", "hash", "zip", "postal", "qr", "barcode", "unicode",
      "countr", "invit", "promo", "coupon", "voucher", "redeem"};
  private static final String[] DENY_PARTS = {
      "activat", "secur", "confirm", "region", "currenc", "lang", "phone", "mobile", "pass", "auth",
      "login", "access", "ticket", "share", "gift", "source", "product", "check", "valid"};
  private static final String[] DENY_WORDS = {
      "op", "uni", "key", "char", "exit", "pin", "your", "my", "the", "v", "vc", "bar", "area", "city",
      "sku", "item", "color", "short", "post", "geo", "hs", "lock", "room", "class", "course", "one", "a"};
  private static final String[] ERROR_PARTS = {
      "err", "resp", "rsp", "result", "status", "jmessage", "jmsg", "fail", "reason", "exception", "biz"};
  private static final String[] ERROR_WORDS = {"ret", "return", "im", "res", "rc"};

  private Qualifiers() {}

  /** Judges the qualifier {@code b[s, e)}; an empty qualifier is neutral. */
  static int judge(byte[] b, int s, int e) {
    if (e <= s) {
      return NEUTRAL;
    }
    for (String w : DENY_WORDS) {
      if (e - s == w.length() && Ascii.startsWith(b, s, e, w)) {
        return DENY;
      }
    }
    for (String w : HARD_DENY_PARTS) {
      if (Ascii.contains(b, s, e, w)) {
        return DENY;
      }
    }
    for (String w : ERROR_WORDS) {
      if (e - s == w.length() && Ascii.startsWith(b, s, e, w)) {
        return ERROR;
      }
    }
    for (String w : ERROR_PARTS) {
      if (Ascii.contains(b, s, e, w)) {
        return ERROR;
      }
    }
    for (String w : DENY_PARTS) {
      if (Ascii.contains(b, s, e, w)) {
        return DENY;
      }
    }
    return NEUTRAL;
  }
}
