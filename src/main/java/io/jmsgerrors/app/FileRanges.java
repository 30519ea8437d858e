package io.jmsgerrors.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a file into byte ranges that a {@link LineScanner} each can scan on its own with the same
 * records as one scan of the whole file: every range but the first starts right after a newline,
 * at a line that cannot continue a JSON body left open by the line before it (it is not empty and
 * starts with none of the bytes {@link JoinBuffer#continuedBy} accepts), so no record is split and
 * no joined record is cut.
 */
final class FileRanges {
  /** How far past a cut's target a record boundary is looked for before that cut is given up. */
  static final int MAX_SEARCH = 4 << 20;

  private FileRanges() {}

  /**
   * The starts of up to {@code parts} ranges of the first {@code size} bytes of {@code ch}: 0 first,
   * then increasing; fewer when no record boundary was found near a cut (a file of a few huge
   * records is one range). The last range runs to the end of the file.
   */
  static long[] starts(FileChannel ch, long size, int parts) throws IOException {
    List<Long> starts = new ArrayList<>();
    starts.add(0L);
    ByteBuffer window = ByteBuffer.allocate(64 << 10);
    for (int k = 1; k < parts; k++) {
      long target = Math.max(size / parts * k, starts.get(starts.size() - 1) + 1);
      long cut = boundaryAfter(ch, target, Math.min(size, target + MAX_SEARCH), window);
      if (cut > 0 && cut < size) {
        starts.add(cut);
      }
    }
    long[] out = new long[starts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = starts.get(i);
    }
    return out;
  }

  /** The first position in {@code (from - 1, limit)} after a newline where a range may start, or -1. */
  private static long boundaryAfter(FileChannel ch, long from, long limit, ByteBuffer window) throws IOException {
    // the byte before 'from' decides whether 'from' itself follows a newline
    long pos = from - 1;
    boolean afterNewline = false;
    while (pos < limit) {
      window.clear();
      int n = ch.read(window, pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++, pos++) {
        byte c = window.get(i);
        if (afterNewline && pos < limit && startsRecord(c)) {
          return pos;
        }
        afterNewline = c == '\n';
      }
    }
    return -1;
  }

  /** Whether a line starting with {@code c} is neither empty nor a continuation of an open JSON body. */
  private static boolean startsRecord(byte c) {
    return c != '\n' && c != '\r' && c != ' ' && c != '\t' && c != '}' && c != ']' && c != '"';
  }

  /** The bytes {@code [from, to)} of {@code ch} as a stream; {@code to} of -1 reads to the end of the file. */
  static InputStream stream(FileChannel ch, long from, long to) {
    return new InputStream() {
      private long pos = from;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        int want = to < 0 ? len : (int) Math.min(len, to - pos);
        if (want <= 0) {
          return -1;
        }
        int n = ch.read(ByteBuffer.wrap(b, off, want), pos);
        if (n > 0) {
          pos += n;
        }
        return n;
      }
    };
  }
}
