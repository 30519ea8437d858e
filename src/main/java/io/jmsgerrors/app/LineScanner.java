package io.jmsgerrors.app;

import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.ErrorEventSink;
import io.jmsgerrors.parse.LogParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a log as bytes, one record per line, and hands each record to the parser without
 * decoding or allocating per line. A line whose JSON is left open (it ends with '{' or '[') is
 * joined with the following lines that continue it (they start with whitespace, '}', ']' or '"')
 * until its brackets close, so pretty-printed bodies are parsed whole and reported at their first
 * line. Records longer than {@link #MAX_RECORD} bytes are cut there.
 */
final class LineScanner {
  /** Longest record handed to the parser; the rest of a longer line is skipped. */
  static final int MAX_RECORD = 8 << 20;
  private static final int MAX_JOINED_LINES = 1000;

  /** Receives each event with the 1-based number of the line its record starts on. */
  interface EventSink {
    void accept(long line, ErrorEvent event);
  }

  /**
   * What parses the record {@code buf[off, off + len)}, reading nothing outside it:
   * {@link LogParser#parse(byte[], int, int, ErrorEventSink)} in production.
   */
  @FunctionalInterface
  interface RecordParser {
    int parse(byte[] buf, int off, int len, ErrorEventSink sink);
  }

  /** Running totals over everything this scanner has read. */
  static final class Totals {
    long lines;
    long linesWithErrors;
    long events;
    long bytes;
    long parserFailures;

    /** Adds another scan's totals to these. */
    void add(Totals o) {
      lines += o.lines;
      linesWithErrors += o.linesWithErrors;
      events += o.events;
      bytes += o.bytes;
      parserFailures += o.parserFailures;
    }
  }

  private final RecordParser parser;
  private final Totals totals;
  /** Set when records are parsed on worker threads; null for a scan on the reading thread. */
  private final ParallelRecords parallel;
  private final RecordSink recordSink = new RecordSink();
  private final JoinBuffer joined = new JoinBuffer(MAX_RECORD);
  private byte[] buf = new byte[1 << 20];
  /** Lines read so far in the current stream. */
  private long lineNo;

  LineScanner(LogParser parser, Totals totals) {
    this(parser::parse, totals);
  }

  LineScanner(RecordParser parser, Totals totals) {
    this.parser = parser;
    this.totals = totals;
    this.parallel = null;
  }

  /**
   * A scanner that parses on {@code threads} worker threads, each with a parser from
   * {@code parsers}; events still reach the sink on the reading thread, in input order.
   */
  LineScanner(java.util.function.Supplier<RecordParser> parsers, int threads, Totals totals) {
    this(parsers, threads, ParallelRecords.BATCH_BYTES, totals);
  }

  LineScanner(java.util.function.Supplier<RecordParser> parsers, int threads, int batchBytes, Totals totals) {
    this.parser = null;
    this.totals = totals;
    this.parallel = new ParallelRecords(parsers, threads, batchBytes);
  }

  /** Stops the worker threads, if any. */
  void close() {
    if (parallel != null) {
      parallel.close();
    }
  }

  /** Reads the stream to its end; {@code progress} is called now and then with the bytes read so far. */
  void scan(InputStream in, EventSink sink, Runnable progress) throws IOException {
    recordSink.target = sink;
    try {
      read(in, progress);
    } finally {
      if (parallel != null) {
        parallel.drain(sink, totals);
      }
    }
  }

  private void read(InputStream in, Runnable progress) throws IOException {
    lineNo = 0;
    int start = 0;
    int end = 0;
    boolean skipping = false;
    joined.reset();
    while (true) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      totals.bytes += n;
      int scanFrom = end;
      end += n;
      if (skipping) {
        int nl = Newlines.indexOf(buf, scanFrom, end);
        if (nl >= 0) {
          lineNo++;
          skipping = false;
          start = scanFrom = nl + 1;
        }
      }
      if (!skipping) {
        start = lines(start, scanFrom, end);
      }
      if (start == end) {
        start = end = 0;
      } else if (end == buf.length) {
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, end - start);
          end -= start;
          start = 0;
        } else if (buf.length < MAX_RECORD) {
          buf = java.util.Arrays.copyOf(buf, Math.min(MAX_RECORD, buf.length * 2));
        } else {
          if (!skipping) {
            line(buf, 0, end, lineNo + 1);
          }
          skipping = true;
          start = end = 0;
        }
      }
      progress.run();
    }
    if (end > start && !skipping) {
      lineNo++;
      line(buf, start, trimCr(buf, start, end), lineNo);
    } else if (skipping) {
      lineNo++;
    }
    flushJoined();
    totals.lines += lineNo;
  }

  /**
   * Hands on every line of {@code buf} that starts at {@code start} or after and ends in
   * {@code [scanFrom, end)}; returns where the line after them starts. The per-line loop is a
   * method of its own so that its compiled code does not hold the buffer handling's rare branches,
   * whose first use would send the whole loop back to the interpreter.
   */
  private int lines(int start, int scanFrom, int end) {
    byte[] b = buf;
    int nl;
    while ((nl = Newlines.indexOf(b, scanFrom, end)) >= 0) {
      lineNo++;
      line(b, start, trimCr(b, start, nl), lineNo);
      start = nl + 1;
      scanFrom = start;
    }
    return start;
  }

  private void line(byte[] b, int from, int to, long lineNo) {
    if (joined.active()) {
      if (joined.continuedBy(b, from, to) && joined.lines() < MAX_JOINED_LINES) {
        joined.append(b, from, to);
        if (joined.closed()) {
          flushJoined();
        }
        return;
      }
      flushJoined();
    }
    if (JoinBuffer.opensJson(b, from, to)) {
      joined.start(b, from, to, lineNo);
      if (!joined.closed()) {
        return;
      }
      flushJoined();
      return;
    }
    record(b, from, to - from, lineNo);
  }

  private void flushJoined() {
    if (joined.active()) {
      record(joined.bytes(), 0, joined.length(), joined.firstLine());
      joined.reset();
    }
  }

  private void record(byte[] b, int from, int len, long lineNo) {
    if (len == 0) {
      return;
    }
    if (parallel != null) {
      parallel.add(b, from, len, lineNo, recordSink.target, totals);
      return;
    }
    recordSink.line = lineNo;
    recordSink.found = 0;
    try {
      parser.parse(b, from, len, recordSink);
    } catch (RuntimeException e) {
      totals.parserFailures++;
    }
    if (recordSink.found > 0) {
      totals.linesWithErrors++;
      totals.events += recordSink.found;
    }
  }

  private static int trimCr(byte[] b, int from, int to) {
    return to > from && b[to - 1] == '\r' ? to - 1 : to;
  }

  /** The parser's sink for the record at hand: forwards events with their line number. */
  private static final class RecordSink implements ErrorEventSink {
    EventSink target;
    long line;
    int found;

    @Override
    public void accept(ErrorEvent event) {
      found++;
      target.accept(line, event);
    }
  }
}
