package io.jmsgerrors.parse;

import java.nio.charset.StandardCharsets;

/**
 * Masks secrets in log text before it is carried anywhere: values of keys that name a secret,
 * password or token ({@code masterSecret}, {@code master_secret}, {@code "password":}, {@code pwd=},
 * {@code token=}, {@code Authorization:}), {@code Basic}/{@code Bearer} credentials, and the
 * secret half of an {@code appkey:masterSecret} pair. Masking keeps the length (each byte becomes
 * {@code *}), so offsets into the text stay valid.
 */
public final class Redactor {
  static final byte MASK = '*';
  private static final byte COLON = ':';
  private static final WordSet SECRET_KEYS = new WordSet(
      "secret", "password", "passwd", "pwd", "token", "authorization", "credential", "api_key", "apikey",
      "signature", "cookie");
  private static final int MAX_FILLER = 40;
  /**
   * Where a secret key or credential scheme can start ({@code secret}, {@code password}, {@code Basic}...);
   * {@code pwd} is found by {@link #hasPwd}, as a three-byte word would slow the word search down.
   */
  private static final String[] ANCHOR_WORDS = {
      "secr", "signa", "pass", "toke", "auth", "api_k", "apik", "cred", "cook", "basic", "bearer", "digest"};
  private static final WordSet ANCHORS = new WordSet(ANCHOR_WORDS);

  private Redactor() {}

  /** The text with every secret masked; {@code null} stays {@code null}. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    maskInPlace(b, 0, b.length);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Masks every secret in {@code b[from, to)} in place, skipping the cheap first pass. */
  static void maskTokensInPlace(byte[] b, int from, int to) {
    maskTokens(b, Math.max(0, from), Math.min(to, b.length));
  }

  /** Masks every secret in {@code b[from, to)} in place. */
  public static void maskInPlace(byte[] b, int from, int to) {
    if (b == null) {
      return;
    }
    from = Math.max(0, from);
    to = Math.min(to, b.length);
    if (mayHoldSecret(b, from, to)) {
      maskTokens(b, from, to);
    }
  }

  /** A cheap first pass: whether any secret key, credential scheme or key:secret pair could start here. */
  static boolean mayHoldSecret(byte[] b, int from, int to) {
    return ANCHORS.foundIn(b, from, to) || hasPwd(b, from, to) || hasKeySecretPair(b, from, to);
  }

  /** Whether {@code b[from, to)} holds {@code pwd} in any case, found by its rarest letter. */
  private static boolean hasPwd(byte[] b, int from, int to) {
    for (int i = ByteScan.indexOfEither(b, from + 1, to - 1, (byte) 'w', (byte) 'W'); i < to - 1;
        i = ByteScan.indexOfEither(b, i + 1, to - 1, (byte) 'w', (byte) 'W')) {
      if ((b[i - 1] | 0x20) == 'p' && (b[i + 1] | 0x20) == 'd') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code b[from, to)} holds an {@code appkey:masterSecret} pair. */
  static boolean hasKeySecretPair(byte[] b, int from, int to) {
    int last = to - Appkeys.LENGTH;
    for (int i = ByteScan.indexOfEither(b, from + Appkeys.LENGTH, last, COLON, COLON); i < last;
        i = ByteScan.indexOfEither(b, i + 1, last, COLON, COLON)) {
      if (pairAround(b, i, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pairAround(byte[] b, int colon, int from, int to) {
    int s = colon;
    while (s > from && Ascii.isAlnum(b[s - 1])) {
      s--;
    }
    int e = colon + 1;
    while (e < to && Ascii.isAlnum(b[e])) {
      e++;
    }
    return colon - s == Appkeys.LENGTH && e - colon - 1 == Appkeys.LENGTH;
  }

  private static void maskTokens(byte[] b, int from, int to) {
    long secret = SECRET_KEYS.find(b, from, to);
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (Ascii.isAlnum(c) && (i == from || !Ascii.isKeyChar(b[i - 1]))) {
        int ke = i;
        while (ke < to && Ascii.isKeyChar(b[ke])) {
          ke++;
        }
        if (secret >= 0 && WordSet.position(secret) < i) {
          secret = SECRET_KEYS.find(b, i, to);
        }
        i = handleToken(b, from, i, ke, to, secret);
      } else {
        i++;
      }
    }
  }

  /**
   * Masks what follows the token {@code b[ks, ke)}; {@code secret} is the first secret-key word in
   * {@code b[ks', to)} for some {@code ks' <= ks} that starts at or after {@code ks} (or -1: none),
   * found before any byte from {@code ks} on was masked.
   */
  private static int handleToken(byte[] b, int from, int ks, int ke, int to, long secret) {
    if (isSecretKey(b, ks, ke, secret)) {
      return maskValue(b, ke, to, true);
    }
    if (isWord(b, ks, ke, "basic") || isWord(b, ks, ke, "bearer") || isWord(b, ks, ke, "digest")) {
      return credentialAfterScheme(b, ke, to);
    }
    if (ke - ks == Appkeys.LENGTH && ke + 1 < to && b[ke] == ':' && allAlnum(b, ks, ke)) {
      int s = ke + 1;
      int e = s;
      while (e < to && Ascii.isAlnum(b[e])) {
        e++;
      }
      if (e - s == Appkeys.LENGTH) {
        fill(b, s, e);
        return e;
      }
    }
    return ke;
  }

  /** Whether the token {@code b[ks, ke)} names a secret; {@code secret} as for {@link #handleToken}. */
  private static boolean isSecretKey(byte[] b, int ks, int ke, long secret) {
    if (secret < 0 || WordSet.position(secret) >= ke || ke - ks < 3 || Ascii.endsWith(b, ks, ke, "code")
        || Ascii.endsWith(b, ks, ke, "count")) {
      return false;
    }
    return WordSet.position(secret) + SECRET_KEYS.length(WordSet.index(secret)) <= ke || SECRET_KEYS.foundIn(b, ks, ke);
  }

  /** Masks the value after a secret key; returns where scanning continues. */
  private static int maskValue(byte[] b, int p, int to, boolean allowBare) {
    int stop = Math.min(to, p + MAX_FILLER);
    boolean separated = false;
    byte quote = 0;
    int q = p;
    while (q < stop) {
      byte c = b[q];
      if (c == ':' || c == '=') {
        separated = true;
        quote = 0;
        q++;
      } else if (c == (byte) 0xEF && q + 2 < to && b[q + 1] == (byte) 0xBC && b[q + 2] == (byte) 0x9A) {
        separated = true;
        q += 3;
      } else if (c == '"' || c == '\'') {
        quote = c;
        q++;
      } else if (c == '\\' && q + 1 < to && (b[q + 1] == 't' || b[q + 1] == 'n' || b[q + 1] == 'r')) {
        q += 2;
      } else if (c == ' ' || c == '\t' || c == '\\' || c == ',' || c == '{') {
        q++;
      } else if (Ascii.startsWith(b, q, to, "stringvalue")) {
        q += 11;
      } else if (Ascii.startsWith(b, q, to, "value") && !separated) {
        q += 5;
      } else {
        break;
      }
    }
    if (q >= to || !(separated || (allowBare && q > p && b[q - 1] == ' ' && looksLikeSecret(b, q, to)))) {
      return q;
    }
    int scheme = q;
    while (scheme < to && Ascii.isLetter(b[scheme])) {
      scheme++;
    }
    if (scheme < to && b[scheme] == ' ' && (isWord(b, q, scheme, "basic") || isWord(b, q, scheme, "bearer")
        || isWord(b, q, scheme, "digest") || isWord(b, q, scheme, "token"))) {
      q = scheme + 1;
    }
    int e = q;
    while (e < to && !ends(b[e], quote)) {
      e++;
    }
    fill(b, q, e);
    return e;
  }

  private static int credentialAfterScheme(byte[] b, int p, int to) {
    if (p + 1 >= to || b[p] != ' ') {
      return p;
    }
    int e = p + 1;
    while (e < to && (Ascii.isAlnum(b[e]) || b[e] == '+' || b[e] == '/' || b[e] == '=' || b[e] == '-'
        || b[e] == '_' || b[e] == '.' || b[e] == '~')) {
      e++;
    }
    if (e - (p + 1) >= 8) {
      fill(b, p + 1, e);
    }
    return e;
  }

  private static boolean looksLikeSecret(byte[] b, int p, int to) {
    int e = p;
    boolean digit = false;
    while (e < to && Ascii.isAlnum(b[e])) {
      digit |= Ascii.isDigit(b[e]);
      e++;
    }
    return digit && e - p >= 6;
  }

  private static boolean ends(byte c, byte quote) {
    if (quote != 0) {
      return c == quote || c == '\\' || c == '\n' || c == '\r';
    }
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '\\' || c == ','
        || c == ';' || c == '&' || c == '}' || c == ']' || c == ')' || c == '<' || c == '>' || c == 0;
  }

  private static boolean allAlnum(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Ascii.isAlnum(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWord(byte[] b, int s, int e, String w) {
    return e - s == w.length() && Ascii.startsWith(b, s, e, w);
  }

  private static void fill(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      b[i] = MASK;
    }
  }
}
