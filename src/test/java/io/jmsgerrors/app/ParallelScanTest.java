package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Parsing on worker threads must give exactly what the sequential scan gives, in the same order. */
class ParallelScanTest {
  @TempDir Path dir;

  private static byte[] corpus(long seed, int records) {
    StringBuilder log = new StringBuilder();
    for (LabelledRecord r : new CorpusGenerator(seed).generate(records)) {
      log.append(r.text()).append('\n');
    }
    // a pretty-printed body spread over lines, and an over-long line, to cross batch boundaries
    log.append("{\n  \"error\": {\"code\": 899001, \"message\": \"user exist\"}\n}\n");
    log.append("x".repeat(70_000)).append(" code=803010\n");
    return log.toString().getBytes(StandardCharsets.UTF_8);
  }

  private record Found(List<String> events, LineScanner.Totals totals) {}

  private static Found scan(LineScanner scanner, LineScanner.Totals totals, byte[] data) throws IOException {
    List<String> events = new ArrayList<>();
    scanner.scan(new ByteArrayInputStream(data), (line, e) -> events.add(line + " " + e), () -> {});
    scanner.close();
    return new Found(events, totals);
  }

  @Test
  void shouldFindTheSameEventsInTheSameOrderAsTheSequentialScan() throws IOException {
    Catalog catalog = Catalog.builtIn();
    byte[] data = corpus(20261125, 20_000);
    LineScanner.Totals seqTotals = new LineScanner.Totals();
    Found seq = scan(new LineScanner(new LogParser(catalog), seqTotals), seqTotals, data);
    for (int threads : new int[] {2, 3}) {
      for (int batch : new int[] {1, 4096, 65_536}) {
        LineScanner.Totals t = new LineScanner.Totals();
        Found par = scan(new LineScanner(() -> new LogParser(catalog)::parse, threads, batch, t), t, data);
        assertThat(par.events()).as("threads %d, batch %d", threads, batch).isEqualTo(seq.events());
        assertThat(t.lines).isEqualTo(seqTotals.lines);
        assertThat(t.linesWithErrors).isEqualTo(seqTotals.linesWithErrors);
        assertThat(t.events).isEqualTo(seqTotals.events);
        assertThat(t.bytes).isEqualTo(seqTotals.bytes);
      }
    }
    assertThat(seq.events()).hasSizeGreaterThan(8_000);
  }

  @Test
  void shouldCountParserFailuresAndGoOn() throws IOException {
    LineScanner.Totals t = new LineScanner.Totals();
    LineScanner scanner = new LineScanner(() -> (b, off, len, sink) -> {
      String s = new String(b, off, len, StandardCharsets.UTF_8);
      if (s.contains("boom")) {
        throw new IllegalStateException("boom");
      }
      sink.accept(new ErrorEvent(803010, null, Platform.UNKNOWN, null, -1, s));
      return 1;
    }, 2, 16, t);
    Found f = scan(scanner, t, "a\nboom\nb\nboom\nc\n".getBytes(StandardCharsets.UTF_8));
    assertThat(f.events()).hasSize(3).allSatisfy(e -> assertThat(e).doesNotContain("boom"));
    assertThat(f.events().get(2)).startsWith("5 ");
    assertThat(t.parserFailures).isEqualTo(2);
  }

  @Test
  void shouldHandOnTheEventsReadBeforeAReadError() {
    LineScanner.Totals t = new LineScanner.Totals();
    LineScanner scanner = new LineScanner(() -> new LogParser(Catalog.builtIn())::parse, 2, 64, t);
    byte[] head = "ERROR send failed code=803010\nERROR send failed code=803010\n".getBytes(StandardCharsets.UTF_8);
    List<Long> lines = new ArrayList<>();
    InputStream failing = new InputStream() {
      private int pos;

      @Override
      public int read() throws IOException {
        if (pos < head.length) {
          return head[pos++];
        }
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> scanner.scan(failing, (line, e) -> lines.add(line), () -> {})).hasMessageContaining("disk gone");
    scanner.close();
    assertThat(lines).containsExactly(1L, 2L);
  }

  @Test
  void shouldPrintTheSameTableAndJsonWithAnyNumberOfThreads() throws IOException {
    Path log = Files.write(dir.resolve("mixed.log"), corpus(7, 5_000));
    String table = run("scan", "--threads", "1", log.toString());
    assertThat(run("scan", "--threads", "3", log.toString())).isEqualTo(table).contains("COUNT", "803010");
    String json = run("scan", "--json", "--threads", "1", log.toString());
    assertThat(run("scan", "--json", "--threads", "3", log.toString())).isEqualTo(json).contains("\"code\":803010");
    assertThat(run("scan", "--threads", "0", log.toString())).contains("--threads must be 1-64");
  }

  @Test
  void shouldPrintTheSameTableWhenALargeFileIsScannedInRanges() throws IOException {
    byte[] data = corpus(11, 5_000);
    Path log = dir.resolve("large.log");
    try (var out = Files.newOutputStream(log)) {
      for (long written = 0; written < ScanCommand.RANGE_MIN_BYTES + 1; written += data.length) {
        out.write(data);
      }
    }
    String table = run("scan", "--threads", "1", log.toString());
    assertThat(table).contains("COUNT", "803010", "(not in the catalog)");
    for (String threads : new String[] {"2", "3", "8"}) {
      assertThat(run("scan", "--threads", threads, log.toString())).as("%s threads", threads).isEqualTo(table);
    }
    Catalog catalog = Catalog.builtIn();
    LineScanner.Totals totals = new LineScanner.Totals();
    ScanSummary summary = new ScanSummary();
    ScanProgress quiet = new ScanProgress(new PrintWriter(new StringWriter()), totals, false);
    assertThat(ScanCommand.scanInRanges(log.toString(), 3, () -> LogParser.codesAndPlatformsOnly(catalog), totals, summary, quiet))
        .as("the file is scanned as ranges").isTrue();
    StringWriter printed = new StringWriter();
    PrintWriter w = new PrintWriter(printed);
    summary.print(w, totals);
    w.flush();
    assertThat(printed.toString()).isEqualTo(table);
    assertThat(totals.bytes).isEqualTo(Files.size(log));
    assertThat(ScanCommand.scanInRanges(log.toString(), 1, () -> LogParser.codesAndPlatformsOnly(catalog), totals, summary, quiet))
        .as("one thread scans the file whole").isFalse();
  }

  @Test
  void shouldAddUpTheChunksOfEveryThreadToTheSequentialTable() throws IOException {
    Path log = Files.write(dir.resolve("chunks.log"), corpus(13, 12_000));
    String table = run("scan", "--threads", "1", log.toString());
    Catalog catalog = Catalog.builtIn();
    int mostThreadsUsed = 0;
    for (int warm : new int[] {0, 1, 3}) {
      for (int threads : new int[] {2, 3, 5}) {
        for (long chunk : new long[] {4096, 65_536, ChunkedScan.CHUNK_BYTES}) {
          LineScanner.Totals totals = new LineScanner.Totals();
          ScanSummary summary = new ScanSummary();
          ChunkedScan scan;
          try (FileChannel ch = FileChannel.open(log)) {
            scan = new ChunkedScan(ch, Files.size(log), threads, () -> LogParser.codesAndPlatformsOnly(catalog), warm, chunk);
            scan.run(totals, summary, new ScanProgress(new PrintWriter(new StringWriter()), totals, false));
          }
          StringWriter printed = new StringWriter();
          PrintWriter w = new PrintWriter(printed);
          summary.print(w, totals);
          w.flush();
          assertThat(printed.toString()).as("%d threads, warm after %d chunks of %d", threads, warm, chunk).isEqualTo(table);
          assertThat(totals.bytes).isEqualTo(Files.size(log));
          mostThreadsUsed = Math.max(mostThreadsUsed, scan.threadsUsed());
        }
      }
    }
    // which thread takes which chunk is up to the scheduler, but with hundreds of small chunks the
    // helpers take some in at least one of these runs
    assertThat(mostThreadsUsed).as("threads that scanned").isGreaterThan(1);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    cl.execute(args);
    return out.toString();
  }
}
