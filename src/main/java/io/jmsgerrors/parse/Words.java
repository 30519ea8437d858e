package io.jmsgerrors.parse;

/** Looks for error words and SMS/verification words near a candidate code, in plain or JSON-escaped text. */
final class Words {
  private static final WordSet ERROR = new WordSet(
      "err", "fail", "exception", "jmessage", "jmsg", "jiguang", "refused", "denied", "invalid",
      "not exist", "timeout", "reject", "错误", "失败", "异常", "\\u9519\\u8bef", "\\u5931\\u8d25", "\\u5f02\\u5e38");
  /**
   * SMS words of six bytes or more, so the search looks at four-byte windows: two-byte ones of
   * these words (" o", "ot", "ve", "er") hit at most positions of a log line. The short ones, "sms"
   * and "otp" with their neighbours, are found by their middle letter ({@link #smsWord}, {@link #otpWord}).
   */
  private static final WordSet SMS = new WordSet(
      "verification code", "verify code", "verifycode", "verification_code", "verification sms", "your code",
      "captcha", "one-time", "one time", "passcode", "valid for",
      "验证码", "短信", "有效期", "分钟内", "\\u9a8c\\u8bc1\\u7801", "\\u77ed\\u4fe1");

  private Words() {}

  static boolean errorNear(byte[] b, int from, int to) {
    return ERROR.foundIn(b, from, to);
  }

  static boolean smsNear(byte[] b, int from, int to) {
    return SMS.foundIn(b, from, to) || smsWord(b, from, to) || otpWord(b, from, to);
  }

  /** "sms" as a word of its own or the start of one ({@code SMS}, {@code sms_code}, {@code sendSms}), not {@code u_sms9m}. */
  private static boolean smsWord(byte[] b, int from, int to) {
    for (int m = ByteScan.indexOfEither(b, from + 1, to - 1, (byte) 'm', (byte) 'M'); m < to - 1;
        m = ByteScan.indexOfEither(b, m + 1, to - 1, (byte) 'm', (byte) 'M')) {
      int i = m - 1;
      if (Ascii.lower(b[i]) != 's' || Ascii.lower(b[m + 1]) != 's') {
        continue;
      }
      boolean startsWord = i == from || !(b[i - 1] >= 'a' && b[i - 1] <= 'z') && !Ascii.isDigit(b[i - 1]);
      boolean endsWell = i + 3 >= to || !Ascii.isDigit(b[i + 3]);
      if (startsWord && endsWell) {
        return true;
      }
    }
    return false;
  }

  /** "otp" after a space or {@code (}, or before {@code :}, {@code =} or a space, in any case; found by its rarest letter. */
  private static boolean otpWord(byte[] b, int from, int to) {
    for (int p = ByteScan.indexOfEither(b, from + 2, to, (byte) 'p', (byte) 'P'); p < to;
        p = ByteScan.indexOfEither(b, p + 1, to, (byte) 'p', (byte) 'P')) {
      int i = p - 2;
      if (Ascii.lower(b[i]) != 'o' || Ascii.lower(b[i + 1]) != 't') {
        continue;
      }
      boolean before = i > from && (b[i - 1] == ' ' || b[i - 1] == '(');
      boolean after = i + 3 < to && (b[i + 3] == ':' || b[i + 3] == '=' || b[i + 3] == ' ');
      if (before || after) {
        return true;
      }
    }
    return false;
  }
}
