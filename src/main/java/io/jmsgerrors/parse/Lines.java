package io.jmsgerrors.parse;

/** Bounds of the logical line around a position: real newlines and JSON-escaped {@code \n} both end a line. */
final class Lines {
  private static final int MAX_LINE = 16 * 1024;
  private static final byte NL = '\n';
  private static final byte BACKSLASH = '\\';

  private Lines() {}

  /** The first byte of the line holding {@code pos}. */
  static int start(byte[] b, int lo, int pos) {
    int stop = Math.max(lo, pos - MAX_LINE);
    for (int i = ByteScan.lastIndexOfEither(b, stop, pos, NL, BACKSLASH); i >= stop;
        i = ByteScan.lastIndexOfEither(b, stop, i, NL, BACKSLASH)) {
      if (b[i] == '\n') {
        return i + 1;
      }
      if (i + 1 < pos && b[i + 1] == 'n' && (i - 1 < lo || b[i - 1] != '\\')) {
        return i + 2;
      }
    }
    return stop;
  }

  /** The end (exclusive) of the line holding {@code pos}. */
  static int end(byte[] b, int pos, int hi) {
    int stop = Math.min(hi, pos + MAX_LINE);
    for (int i = ByteScan.indexOfEither(b, pos, stop, NL, BACKSLASH); i < stop;
        i = ByteScan.indexOfEither(b, i + 1, stop, NL, BACKSLASH)) {
      if (b[i] == '\n') {
        return i > pos && b[i - 1] == '\r' ? i - 1 : i;
      }
      if (i + 1 < hi && b[i + 1] == 'n' && (i - 1 < 0 || b[i - 1] != '\\')) {
        return i;
      }
    }
    return stop;
  }

  /** The first byte at or after {@code p} that is not a space, tab or carriage return. */
  static int skipBlank(byte[] b, int p, int hi) {
    while (p < hi && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r')) {
      p++;
    }
    return p;
  }
}
