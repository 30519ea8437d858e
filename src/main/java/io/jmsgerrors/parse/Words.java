package io.jmsgerrors.parse;

/** Looks for error words and SMS/verification words near a candidate code, in plain or JSON-escaped text. */
final class Words {
  private static final WordSet ERROR = new WordSet(
      "err", "fail", "exception", "jmessage", "jmsg", "jiguang", "refused", "denied", "invalid",
      "not exist", "timeout", "reject", "错误", "失败", "异常", "\\u9519\\u8bef", "\\u5931\\u8d25", "\\u5f02\\u5e38");
  private static final WordSet SMS = new WordSet(
      "verif", "sms", "captcha", "one-time", "one time", "passcode", " otp", "otp:", "otp=", "otp ", "(otp",
      "验证", "短信", "\\u9a8c\\u8bc1", "\\u77ed\\u4fe1");

  private Words() {}

  static boolean errorNear(byte[] b, int from, int to) {
    return ERROR.foundIn(b, from, to);
  }

  static boolean smsNear(byte[] b, int from, int to) {
    return SMS.foundIn(b, from, to);
  }
}
