package io.jmsgerrors.app;

import java.util.Arrays;

/** Collects the lines of one JSON document that is spread over several lines (pretty-printed bodies). */
final class JoinBuffer {
  private final int max;
  private byte[] bytes = new byte[4096];
  private int length;
  private int depth;
  private int lines;
  private long firstLine;
  private boolean inString;
  private boolean escaped;

  JoinBuffer(int max) {
    this.max = max;
  }

  /** Whether a line leaves a JSON object or array open at its end. */
  static boolean opensJson(byte[] b, int from, int to) {
    int i = to;
    while (i > from && (b[i - 1] == ' ' || b[i - 1] == '\t')) {
      i--;
    }
    return i > from && (b[i - 1] == '{' || b[i - 1] == '[');
  }

  boolean active() {
    return lines > 0;
  }

  boolean closed() {
    return depth <= 0;
  }

  int lines() {
    return lines;
  }

  long firstLine() {
    return firstLine;
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /** Whether a line looks like the continuation of the open document. */
  boolean continuedBy(byte[] b, int from, int to) {
    if (from == to) {
      return false;
    }
    byte c = b[from];
    return c == ' ' || c == '\t' || c == '}' || c == ']' || c == '"';
  }

  void start(byte[] b, int from, int to, long lineNo) {
    reset();
    firstLine = lineNo;
    append(b, from, to);
  }

  void append(byte[] b, int from, int to) {
    if (lines > 0) {
      put((byte) '\n');
    }
    lines++;
    inString = escaped = false;
    for (int i = from; i < to; i++) {
      track(b[i]);
      put(b[i]);
    }
  }

  void reset() {
    length = depth = lines = 0;
    inString = escaped = false;
  }

  private void track(byte c) {
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = false;
      }
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      depth++;
    } else if (c == '}' || c == ']') {
      depth--;
    }
  }

  private void put(byte c) {
    if (length == bytes.length) {
      if (length >= max) {
        return;
      }
      bytes = Arrays.copyOf(bytes, Math.min(max, length * 2));
    }
    bytes[length++] = c;
  }
}
