package io.jmsgerrors.parse;

/**
 * Reads the words and punctuation just before a digit run and says how strongly they mark it as
 * an error code: {@code "code":}, {@code errorCode=}, {@code response code is}, {@code 错误码：},
 * {@code PlatformException(}, OpenTelemetry {@code {"key":"jmessage.code","value":{"intValue":}},
 * in plain or JSON-escaped text. Bounded backward walk, no allocation.
 */
final class CodeContext {
  static final int REJECT = 0;
  /** Accept only codes the catalog knows. */
  static final int WEAK = 1;
  /** Accept codes the catalog knows, or any code-shaped number near error words. */
  static final int MEDIUM = 2;
  /** Accept any code-shaped number. */
  static final int STRONG = 3;
  static final int STRENGTH = 3;
  static final int ANDROID = 1 << 2;
  static final int IOS = 1 << 3;
  static final int REST_BODY = 1 << 4;
  /** With {@link #WEAK}: the code must also stand near error words. */
  static final int NEEDS_ERROR_WORDS = 1 << 5;

  private static final int MAX_BACK = 96;
  private static final int MAX_OBJECT = 512;
  private static final byte OPEN = '{';
  private static final byte CLOSE = '}';
  private static final int SEP_NONE = 0;
  private static final int SEP_KV = 1;
  private static final int SEP_IS = 2;
  private static final int SEP_SPACE = 3;

  private CodeContext() {}

  /** Classifies the digit run starting at {@code s}, looking back no further than {@code lo}. */
  static int classify(byte[] b, int lo, int s) {
    int limit = Math.max(lo, s - MAX_BACK);
    int p = s - 1;
    boolean spaced = false;
    while (p >= limit) {
      if (b[p] == ' ' || b[p] == '\t' || isEscapedBlank(b, limit, p)) {
        spaced = true;
        p -= b[p] == ' ' || b[p] == '\t' ? 1 : 2;
      } else if (isQuote(b[p])) {
        p--;
      } else {
        break;
      }
    }
    if (p < limit) {
      return REJECT;
    }
    byte c = b[p];
    int sep;
    if (c == '=' || c == ':') {
      sep = SEP_KV;
      p--;
    } else if (c == '>' && p - 1 >= limit && b[p - 1] == '=') {
      sep = SEP_KV;
      p -= 2;
    } else if (c == '>') {
      return xmlElement(b, lo, limit, p - 1);
    } else if (c == (byte) 0x9A && p - 2 >= limit && b[p - 1] == (byte) 0xBC && b[p - 2] == (byte) 0xEF) {
      sep = SEP_KV;
      p -= 3;
    } else if (c == '(') {
      return exceptionCall(b, limit, p - 1, ANDROID);
    } else if (Ascii.endsWith(b, limit, p + 1, "\\uff1a")) {
      sep = SEP_KV;
      p -= 6;
    } else if (c < 0 || Ascii.endsWith(b, limit, p + 1, "\\u7801")) {
      sep = SEP_NONE;
    } else if (Ascii.isLetter(c) && spaced) {
      if (wordIs(b, limit, p, "is")) {
        sep = SEP_IS;
        p -= 2;
      } else if (wordIs(b, limit, p, "error")) {
        int q = skipSpaces(b, limit, p - 5);
        if (q >= limit && b[q] == '(') {
          return exceptionCall(b, limit, q - 1, IOS);
        }
        sep = SEP_SPACE;
      } else {
        sep = SEP_SPACE;
      }
    } else {
      return REJECT;
    }
    while (p >= limit) {
      if (isEscapedBlank(b, limit, p)) {
        p -= 2;
      } else if (isQuote(b[p]) || b[p] == ' ' || b[p] == '\t') {
        p--;
      } else {
        break;
      }
    }
    if (p < limit) {
      return REJECT;
    }
    if (ChineseKeys.isErrorKey(b, limit, p + 1)) {
      return STRONG;
    }
    if (sep == SEP_NONE) {
      return REJECT;
    }
    return key(b, lo, limit, p, sep);
  }

  /** A number inside an XML element such as {@code <code>899009</code>} or {@code <errorCode>}. */
  private static int xmlElement(byte[] b, int lo, int limit, int p) {
    int ks = keyStart(b, limit, p);
    if (ks > p || ks - 1 < limit || b[ks - 1] != '<') {
      return REJECT;
    }
    return key(b, lo, limit, p, SEP_KV);
  }

  /** Whether {@code b[p]} ends a JSON-escaped blank ({@code \t}, {@code \n}, {@code \r}). */
  private static boolean isEscapedBlank(byte[] b, int limit, int p) {
    byte c = b[p];
    return (c == 't' || c == 'n' || c == 'r') && p - 1 >= limit && b[p - 1] == '\\';
  }

  private static int key(byte[] b, int lo, int limit, int p, int sep) {
    int ke = p + 1;
    int ks = keyStart(b, limit, p);
    if (ks == ke) {
      return REJECT;
    }
    if (sep == SEP_KV && isValueWrapper(b, ks, ke)) {
      int q = skipWrapper(b, limit, ks - 1);
      int ws = keyStart(b, limit, q);
      if (ws <= q && isWord(b, ws, q + 1, "value")) {
        q = skipWrapper(b, limit, ws - 1);
      }
      ke = q + 1;
      ks = keyStart(b, limit, q);
      if (ks == ke) {
        return REJECT;
      }
    }
    if (Ascii.endsWith(b, ks, ke, "code")) {
      return codeKey(b, lo, limit, ks, ke - 4, sep);
    }
    boolean errorKey = isWord(b, ks, ke, "error") || isWord(b, ks, ke, "err") || isWord(b, ks, ke, "errno")
        || isWord(b, ks, ke, "errnum");
    if (errorKey && sep == SEP_KV) {
      return WEAK;
    }
    if (errorKey && sep == SEP_SPACE) {
      return WEAK | NEEDS_ERROR_WORDS;
    }
    return REJECT;
  }

  private static int codeKey(byte[] b, int lo, int limit, int ks, int qe, int sep) {
    while (qe > ks && (b[qe - 1] == '_' || b[qe - 1] == '.' || b[qe - 1] == '-')) {
      qe--;
    }
    int verdict = Qualifiers.judge(b, ks, qe);
    if (qe == ks) {
      int we = ks;
      int q = ks;
      int spaces = 0;
      while (q > limit && (b[q - 1] == ' ' || b[q - 1] == '\t') && spaces < 3) {
        q--;
        spaces++;
      }
      int p = q - 1;
      if (spaces > 0 && p >= limit && Ascii.isLetter(b[p])) {
        we = q;
        while (q > limit && Ascii.isKeyChar(b[q - 1]) && we - q < 32) {
          q--;
        }
        p = q - 1;
        boolean value = p >= limit && (b[p] == '=' || b[p] == ':');
        verdict = value || we - p > 32 ? Qualifiers.NEUTRAL : Qualifiers.judge(b, p + 1, we);
      }
    }
    if (verdict == Qualifiers.DENY) {
      return REJECT;
    }
    boolean restBody = qe == ks && sep == SEP_KV && errorParent(b, lo, limit, ks - 1);
    if (verdict == Qualifiers.ERROR || restBody) {
      int strength = sep == SEP_SPACE ? WEAK : STRONG;
      return restBody ? strength | REST_BODY : strength;
    }
    return sep == SEP_KV ? MEDIUM : sep == SEP_SPACE ? WEAK | NEEDS_ERROR_WORDS : REJECT;
  }

  /**
   * Whether the key before {@code p} sits in an {@code "error":{ ... }} object, whose opening brace
   * is looked for back to the record's start {@code lo} (not before it: the record may be a slice of
   * a larger buffer).
   */
  private static boolean errorParent(byte[] b, int lo, int limit, int p) {
    p = openingBrace(b, Math.max(lo, p - MAX_OBJECT), p);
    if (p < 0) {
      return false;
    }
    p = skipJsonFiller(b, limit, p - 1);
    if (p >= limit + 1 && b[p] == '>' && b[p - 1] == '=') {
      p--;
    } else if (p < limit || b[p] != ':') {
      return false;
    }
    p = skipJsonFiller(b, limit, p - 1);
    return p >= limit && Ascii.endsWith(b, limit, p + 1, "error")
        && (p - 5 < limit || !Ascii.isAlnum(b[p - 5]));
  }

  /**
   * The {@code {} that opens the object holding {@code p}, looking back no further than {@code lo};
   * or -1. The braces are found eight bytes at a time: with no object around the code (a plain
   * {@code code=}), the search reads {@link #MAX_OBJECT} bytes.
   */
  private static int openingBrace(byte[] b, int lo, int p) {
    int depth = 0;
    for (int i = ByteScan.lastIndexOfEither(b, lo, p + 1, OPEN, CLOSE); i >= lo;
        i = ByteScan.lastIndexOfEither(b, lo, i, OPEN, CLOSE)) {
      if (b[i] == CLOSE) {
        depth++;
      } else if (depth == 0) {
        return i;
      } else {
        depth--;
      }
    }
    return -1;
  }

  private static int exceptionCall(byte[] b, int limit, int p, int platform) {
    p = skipSpaces(b, limit, p);
    int ks = keyStart(b, limit, p);
    if (Ascii.endsWith(b, ks, p + 1, "platformexception")) {
      return STRONG | platform;
    }
    return Ascii.endsWith(b, ks, p + 1, "exception") ? STRONG : REJECT;
  }

  private static boolean isValueWrapper(byte[] b, int ks, int ke) {
    return isWord(b, ks, ke, "intvalue") || isWord(b, ks, ke, "stringvalue") || isWord(b, ks, ke, "value")
        || isWord(b, ks, ke, "int_value") || isWord(b, ks, ke, "string_value");
  }

  private static boolean isWord(byte[] b, int ks, int ke, String word) {
    return ke - ks == word.length() && Ascii.startsWith(b, ks, ke, word);
  }

  /** Whether the letters ending at {@code p} are exactly {@code word}, with a non-letter before. */
  private static boolean wordIs(byte[] b, int limit, int p, String word) {
    int s = p + 1 - word.length();
    return s >= limit && Ascii.startsWith(b, s, p + 1, word) && (s == limit || !Ascii.isLetter(b[s - 1]));
  }

  private static int keyStart(byte[] b, int limit, int p) {
    int q = p;
    while (q >= limit && Ascii.isKeyChar(b[q]) && p - q < 40) {
      q--;
    }
    return q + 1;
  }

  private static int skipSpaces(byte[] b, int limit, int p) {
    while (p >= limit && (b[p] == ' ' || b[p] == '\t')) {
      p--;
    }
    return p;
  }

  private static int skipWrapper(byte[] b, int limit, int p) {
    while (p >= limit && (isQuote(b[p]) || b[p] == ' ' || b[p] == '{' || b[p] == ':' || b[p] == ',')) {
      p--;
    }
    return p;
  }

  /** Skips whitespace, quotes, commas and JSON escapes ({@code \n}, {@code \"}) backwards. */
  static int skipJsonFiller(byte[] b, int limit, int p) {
    while (p >= limit) {
      byte c = b[p];
      int step;
      if (Ascii.isSpace(c) || isQuote(c) || c == ',') {
        step = 1;
      } else if (c == 'n' || c == 'r' || c == 't') {
        step = escapeStep(b, limit, p);
      } else {
        break;
      }
      if (step == 0) {
        break;
      }
      p -= step;
    }
    return p;
  }

  /**
   * 2 when the letter at {@code p} ends an escape ({@code \n}, {@code \r}, {@code \t}) that starts
   * at {@code limit} or after, else 0. Computed without branches: a branch on the rare escape at a
   * record's start would be compiled as a trap, and its first use would throw away the compiled
   * callers ({@link #codeKey} among them) in the middle of a scan.
   */
  private static int escapeStep(byte[] b, int limit, int p) {
    int before = b[Math.max(p - 1, limit)] ^ '\\';
    int isBackslash = ((before & 0xFF) - 1) >>> 31;
    int inRange = (limit - p) >>> 31;
    return (isBackslash & inRange) << 1;
  }

  private static boolean isQuote(byte c) {
    return c == '"' || c == '\'' || c == '\\' || c == '`';
  }
}
