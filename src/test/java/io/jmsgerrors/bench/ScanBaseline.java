package io.jmsgerrors.bench;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.parse.ErrorEventSink;
import io.jmsgerrors.parse.LogParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for {@code scan} while that command is a placeholder: streams a log file in 1 MiB
 * blocks, parses each line in place with {@link LogParser}, and prints the lines read, the lines
 * with errors, and the ten most frequent codes.
 */
public final class ScanBaseline {
  private final LogParser parser = new LogParser(Catalog.builtIn());
  private final int[] counts = new int[10_000_000];
  private final ErrorEventSink sink = e -> counts[e.code()]++;
  private long lines;
  private long errorLines;

  private ScanBaseline() {}

  public static void main(String[] args) throws IOException {
    ScanBaseline scan = new ScanBaseline();
    for (String file : args) {
      scan.scan(Path.of(file));
    }
    scan.print();
  }

  private void scan(Path file) throws IOException {
    byte[] buf = new byte[1 << 20];
    int filled = 0;
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.read(buf, filled, buf.length - filled);
        if (n < 0) {
          break;
        }
        filled += n;
        int start = 0;
        for (int i = 0; i < filled; i++) {
          if (buf[i] == '\n') {
            line(buf, start, i - start);
            start = i + 1;
          }
        }
        System.arraycopy(buf, start, buf, 0, filled - start);
        filled -= start;
        if (filled == buf.length) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
      }
    }
    if (filled > 0) {
      line(buf, 0, filled);
    }
  }

  private void line(byte[] buf, int off, int len) {
    lines++;
    if (parser.parse(buf, off, len, sink) > 0) {
      errorLines++;
    }
  }

  private void print() {
    Map<Integer, Integer> top = new TreeMap<>();
    for (int code = 0; code < counts.length; code++) {
      if (counts[code] > 0) {
        top.put(code, counts[code]);
      }
    }
    System.out.printf("lines %d, with errors %d, distinct codes %d%n", lines, errorLines, top.size());
    top.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()).limit(10)
        .forEach(e -> System.out.printf("%8d  %d%n", e.getValue(), e.getKey()));
  }
}
