package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;

/**
 * Finds the appkey a record names: 24 letters or digits after a key spelled {@code appkey},
 * {@code appKey}, {@code app_key} or {@code app-key} (also {@code labels.appkey},
 * {@code jmessage.appkey}, IMProtocol {@code appkey:}, OpenTelemetry key/value attributes).
 * Keys that mention a secret are never taken, so a master secret cannot become an appkey.
 */
final class Appkeys {
  static final int LENGTH = 24;
  private static final int MAX_FILLER = 48;
  private static final byte LOWER_K = 'k';
  private static final byte UPPER_K = 'K';

  private Appkeys() {}

  /** The appkey value at {@code at}, lowercase; its 24 bytes are ASCII letters and digits. */
  static String lowercase(byte[] b, int at) {
    int p = at;
    while (p < at + LENGTH && !(b[p] >= 'A' && b[p] <= 'Z')) {
      p++;
    }
    if (p == at + LENGTH) {
      return new String(b, at, LENGTH, StandardCharsets.US_ASCII);
    }
    byte[] out = new byte[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      out[i] = (byte) Ascii.lower(b[at + i]);
    }
    return new String(out, StandardCharsets.US_ASCII);
  }

  /** The offset of the first appkey value in {@code b[from, to)}, or -1. */
  static int find(byte[] b, int from, int to) {
    for (int k = ByteScan.indexOfEither(b, from + 3, to - 2, LOWER_K, UPPER_K); k < to - 2;
        k = ByteScan.indexOfEither(b, k + 1, to - 2, LOWER_K, UPPER_K)) {
      int at = keyWordStart(b, from, k);
      int v = at < 0 ? -1 : valueAt(b, from, at, to);
      if (v >= 0) {
        return v;
      }
    }
    return -1;
  }

  /**
   * Where {@code appkey}, {@code app_key} or {@code app-key} (any case) starts when its {@code k}
   * is at {@code k}, or -1. The keys are found by their {@code k}, a rare letter in log text: a
   * search for their first bytes would look at one position in three.
   */
  private static int keyWordStart(byte[] b, int from, int k) {
    if (Ascii.lower(b[k + 1]) != 'e' || Ascii.lower(b[k + 2]) != 'y') {
      return -1;
    }
    int at = b[k - 1] == '_' || b[k - 1] == '-' ? k - 4 : k - 3;
    return at >= from && Ascii.startsWith(b, at, at + 3, "app") ? at : -1;
  }

  /** The offset of the appkey value after the key word that starts at {@code at}, or -1. */
  static int valueAt(byte[] b, int from, int at, int to) {
    int ke = keyEnd(b, at + 3, to);
    return ke > 0 ? value(b, from, at, ke, to) : -1;
  }

  /** The end of {@code key}, {@code _key} or {@code -key} after "app", when a separator follows; else -1. */
  private static int keyEnd(byte[] b, int p, int to) {
    if (p < to && (b[p] == '_' || b[p] == '-')) {
      p++;
    }
    if (!Ascii.startsWith(b, p, to, "key")) {
      return -1;
    }
    p += 3;
    return p < to && (Ascii.isAlnum(b[p]) || b[p] == '_') ? -1 : p;
  }

  private static int value(byte[] b, int from, int ks, int ke, int to) {
    int ts = ks;
    while (ts > from && Ascii.isKeyChar(b[ts - 1]) && ks - ts < 40) {
      ts--;
    }
    if (Ascii.contains(b, ts, ke, "secret") || Ascii.contains(b, ts, ke, "master")) {
      return -1;
    }
    int p = ke;
    int stop = Math.min(to, ke + MAX_FILLER);
    boolean separated = false;
    while (p < stop) {
      byte c = b[p];
      if (c == ':' || c == '=') {
        separated = true;
        p++;
      } else if (c == (byte) 0xEF && p + 2 < to && b[p + 1] == (byte) 0xBC && b[p + 2] == (byte) 0x9A) {
        separated = true;
        p += 3;
      } else if (c == '\\' && p + 1 < to && (b[p + 1] == 't' || b[p + 1] == 'n' || b[p + 1] == 'r')) {
        p += 2;
      } else if (c == ' ' || c == '"' || c == '\'' || c == '\\' || c == ',' || c == '{' || c == '\t') {
        p++;
      } else if (Ascii.startsWith(b, p, to, "value")) {
        p += 5;
      } else if (Ascii.startsWith(b, p, to, "stringvalue")) {
        p += 11;
      } else {
        break;
      }
    }
    if (!separated && !(p == ke + 1 && b[ke] == ' ')) {
      return -1;
    }
    if (p + LENGTH > to) {
      return -1;
    }
    for (int k = p; k < p + LENGTH; k++) {
      if (!Ascii.isAlnum(b[k])) {
        return -1;
      }
    }
    return p + LENGTH < to && (Ascii.isAlnum(b[p + LENGTH]) || b[p + LENGTH] == '_') ? -1 : p;
  }
}
