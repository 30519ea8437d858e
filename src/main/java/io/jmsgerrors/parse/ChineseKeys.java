package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;

/** Chinese words around codes, as UTF-8 bytes and as JSON {@code \\uXXXX} escapes. */
final class ChineseKeys {
  private static final byte[][] ERROR_KEYS = utf8("错误码", "错误代码", "返回码", "错误号");
  private static final String[] ESCAPED_ERROR_KEYS = {
      "\\u9519\\u8bef\\u7801", "\\u9519\\u8bef\\u4ee3\\u7801", "\\u8fd4\\u56de\\u7801", "\\u9519\\u8bef\\u53f7"};

  private static final byte[] IS_WEI = "为".getBytes(StandardCharsets.UTF_8);
  private static final byte[] IS_SHI = "是".getBytes(StandardCharsets.UTF_8);

  private ChineseKeys() {}

  /** Whether {@code b[..end)} ends with a Chinese word for "error code". */
  static boolean isErrorKey(byte[] b, int limit, int end) {
    if (end - 1 < limit) {
      return false;
    }
    if (endsWithBytes(b, limit, end, IS_WEI) || endsWithBytes(b, limit, end, IS_SHI)) {
      end -= 3;
    } else if (Ascii.endsWith(b, limit, end, "\\u4e3a") || Ascii.endsWith(b, limit, end, "\\u662f")) {
      end -= 6;
    }
    if (b[end - 1] < 0) {
      for (byte[] k : ERROR_KEYS) {
        if (endsWithBytes(b, limit, end, k)) {
          return true;
        }
      }
      return false;
    }
    for (String k : ESCAPED_ERROR_KEYS) {
      if (Ascii.endsWith(b, limit, end, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithBytes(byte[] b, int limit, int end, byte[] k) {
    int s = end - k.length;
    if (s < limit) {
      return false;
    }
    for (int i = 0; i < k.length; i++) {
      if (b[s + i] != k[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[][] utf8(String... words) {
    byte[][] out = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }
}
