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

  private static final WordSet HARD_DENY_PARTS = new WordSet(
      "verif", "sms", "captcha", "otp", "mfa", "hash", "zip", "postal", "qr", "barcode", "unicode",
      "countr", "invit", "promo", "coupon", "voucher", "redeem", "order", "goods", "device", "postcode",
      "areacode", "area_code", "qrcode");
  private static final WordSet DENY_PARTS = new WordSet(
      "activat", "secur", "confirm", "region", "currenc", "lang", "phone", "mobile", "pass", "auth",
      "login", "access", "ticket", "share", "gift", "source", "product", "check", "valid");
  private static final WordSet DENY_WORDS = new WordSet(
      "op", "uni", "key", "char", "exit", "pin", "your", "my", "the", "v", "vc", "bar", "area", "city",
      "sku", "item", "color", "short", "post", "geo", "hs", "lock", "room", "class", "course", "one", "a");
  private static final WordSet ERROR_PARTS = new WordSet(
      "err", "resp", "rsp", "result", "status", "jmessage", "jmsg", "fail", "reason", "exception", "biz");
  private static final WordSet ERROR_WORDS = new WordSet("ret", "return", "im", "res", "rc");

  private Qualifiers() {}

  /** Judges the qualifier {@code b[s, e)}; an empty qualifier is neutral. */
  static int judge(byte[] b, int s, int e) {
    if (e <= s) {
      return NEUTRAL;
    }
    if (DENY_WORDS.isWord(b, s, e) || HARD_DENY_PARTS.foundIn(b, s, e)) {
      return DENY;
    }
    if (ERROR_WORDS.isWord(b, s, e) || ERROR_PARTS.foundIn(b, s, e)) {
      return ERROR;
    }
    return DENY_PARTS.foundIn(b, s, e) ? DENY : NEUTRAL;
  }
}
