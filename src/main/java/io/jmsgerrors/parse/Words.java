package io.jmsgerrors.parse;

/** Looks for error words and SMS/verification words near a candidate code. */
final class Words {
  private static final String[] ERROR = {
      "err", "fail", "exception", "jmessage", "jmsg", "jiguang", "refused", "denied", "invalid",
      "not exist", "timeout", "reject"};
  private static final String[] SMS = {"verif", "sms", "captcha", "one-time", "one time", "otp", "passcode"};

  private Words() {}

  static boolean errorNear(byte[] b, int from, int to) {
    for (String w : ERROR) {
      if (Ascii.contains(b, from, to, w)) {
        return true;
      }
    }
    return anyChinese(b, from, to, ChineseKeys.ERROR_WORDS, ChineseKeys.ESCAPED_ERROR_WORDS);
  }

  static boolean smsNear(byte[] b, int from, int to) {
    for (String w : SMS) {
      int i = Ascii.indexOf(b, from, to, w);
      if (i >= 0 && (w.length() > 3 || isolated(b, from, to, i, w.length()))) {
        return true;
      }
    }
    return anyChinese(b, from, to, ChineseKeys.SMS_WORDS, ChineseKeys.ESCAPED_SMS_WORDS);
  }

  private static boolean isolated(byte[] b, int from, int to, int i, int n) {
    return i == from || b[i - 1] < 'a' || b[i - 1] > 'z';
  }

  private static boolean anyChinese(byte[] b, int from, int to, byte[][] utf8, String[] escaped) {
    for (byte[] w : utf8) {
      if (Ascii.containsBytes(b, from, to, w)) {
        return true;
      }
    }
    for (String w : escaped) {
      if (Ascii.contains(b, from, to, w)) {
        return true;
      }
    }
    return false;
  }
}
