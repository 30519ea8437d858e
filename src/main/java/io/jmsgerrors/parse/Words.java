package io.jmsgerrors.parse;

/** Looks for error words and SMS/verification words near a candidate code, in plain or JSON-escaped text. */
final class Words {
  private static final WordSet ERROR = new WordSet(
      "err", "fail", "exception", "jmessage", "jmsg", "jiguang", "refused", "denied", "invalid",
      "not exist", "timeout", "reject", "错误", "失败", "异常", "\\u9519\\u8bef", "\\u5931\\u8d25", "\\u5f02\\u5e38");
  private static final WordSet SMS = new WordSet(
      "verification code", "verify code", "verifycode", "verification_code", "verification sms", "your code",
      "captcha", "one-time", "one time", "passcode", " otp", "otp:", "otp=", "otp ", "(otp", "valid for",
      "验证码", "短信", "有效期", "分钟内", "\\u9a8c\\u8bc1\\u7801", "\\u77ed\\u4fe1");

  private Words() {}

  static boolean errorNear(byte[] b, int from, int to) {
    return ERROR.foundIn(b, from, to);
  }

  static boolean smsNear(byte[] b, int from, int to) {
    return SMS.foundIn(b, from, to) || smsWord(b, from, to);
  }

  /** "sms" as a word of its own or the start of one ({@code SMS}, {@code sms_code}, {@code sendSms}), not {@code u_sms9m}. */
  private static boolean smsWord(byte[] b, int from, int to) {
    for (int i = Ascii.indexOf(b, from, to, "sms"); i >= 0; i = Ascii.indexOf(b, i + 1, to, "sms")) {
      boolean startsWord = i == from || !(b[i - 1] >= 'a' && b[i - 1] <= 'z') && !Ascii.isDigit(b[i - 1]);
      boolean endsWell = i + 3 >= to || !Ascii.isDigit(b[i + 3]);
      if (startsWord && endsWell) {
        return true;
      }
    }
    return false;
  }
}
