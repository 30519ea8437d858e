package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Platform;

/**
 * What a line tells: the platform its first marker names, where its appkey value is, and whether
 * it may hold a secret (so excerpts of lines without one skip redaction).
 *
 * <p>Each is its own search, as each is cheapest on its own: the markers are long enough for the
 * word search to look at one position in six, the appkey keys are found by their {@code k}, and
 * the secret anchors (short words) are only looked for when an excerpt is built.
 */
final class LineFacts {
  Platform platform;
  int appkey = -1;
  boolean maySecret;

  /**
   * Reads {@code b[from, to)}; whether it may hold a secret is only worked out when {@code secrets},
   * and where its appkey is only when {@code appkeys}.
   */
  static LineFacts of(byte[] b, int from, int to, boolean secrets, boolean appkeys) {
    LineFacts f = new LineFacts();
    f.platform = Platforms.hint(b, from, to);
    f.appkey = appkeys ? Appkeys.find(b, from, to) : -1;
    f.maySecret = secrets && Redactor.mayHoldSecret(b, from, to);
    return f;
  }
}
