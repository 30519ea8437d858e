package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineScannerTest {
  private final List<String> records = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private final LineScanner.Totals totals = new LineScanner.Totals();
  /** A fake parser: every record holding "ERR" yields one event whose excerpt is the record. */
  private final LineScanner scanner = new LineScanner((b, off, len, sink) -> {
    String text = new String(b, off, len, StandardCharsets.UTF_8);
    records.add(text);
    if (text.contains("ERR")) {
      sink.accept(new ErrorEvent(803010, null, Platform.UNKNOWN, null, -1, text));
      return 1;
    }
    return 0;
  }, totals);

  private void scan(String text) throws IOException {
    scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void scan(InputStream in) throws IOException {
    scanner.scan(in, (line, e) -> lines.add(line), () -> {});
  }

  @Test
  void shouldHandEachLineToTheParserAndNumberItsEvents() throws IOException {
    scan("a\nERR b\r\nc\nERR d");
    assertThat(records).containsExactly("a", "ERR b", "c", "ERR d");
    assertThat(lines).containsExactly(2L, 4L);
    assertThat(totals.lines).isEqualTo(4);
    assertThat(totals.linesWithErrors).isEqualTo(2);
    assertThat(totals.events).isEqualTo(2);
  }

  @Test
  void shouldCountEmptyLinesWithoutParsingThem() throws IOException {
    scan("\n\nERR\n\n");
    assertThat(records).containsExactly("ERR");
    assertThat(lines).containsExactly(3L);
    assertThat(totals.lines).isEqualTo(4);
  }

  @Test
  void shouldJoinAPrettyPrintedJsonBodyAndReportItAtItsFirstLine() throws IOException {
    scan("x\nGot error response - responseContent:{\n  \"error\": {\n    \"code\": 899008, \"message\": \"ERR }\"\n  }\n}\nnext\n");
    assertThat(records).containsExactly("x",
        "Got error response - responseContent:{\n  \"error\": {\n    \"code\": 899008, \"message\": \"ERR }\"\n  }\n}", "next");
    assertThat(lines).containsExactly(2L);
    assertThat(totals.lines).isEqualTo(7);
  }

  @Test
  void shouldStopJoiningAtALineThatDoesNotContinueTheDocument() throws IOException {
    scan("open {\n  \"a\": 1,\n2026-11-25 ERR next record\n");
    assertThat(records).containsExactly("open {\n  \"a\": 1,", "2026-11-25 ERR next record");
    assertThat(lines).containsExactly(3L);
  }

  @Test
  void shouldReadLinesLongerThanItsBuffer() throws IOException {
    String longLine = "ERR" + "x".repeat(3 << 20);
    scan("a\n" + longLine + "\nb\n");
    assertThat(records).containsExactly("a", longLine, "b");
    assertThat(lines).containsExactly(2L);
  }

  @Test
  void shouldCutRecordsLongerThanTheLimitAndKeepCountingLines() throws IOException {
    String tooLong = "ERR" + "y".repeat(LineScanner.MAX_RECORD + 100);
    scan("a\n" + tooLong + "\nb\n");
    assertThat(records).hasSize(3);
    assertThat(records.get(1)).hasSize(LineScanner.MAX_RECORD);
    assertThat(records.get(2)).isEqualTo("b");
    assertThat(totals.lines).isEqualTo(3);
  }

  @Test
  void shouldSurviveStreamsThatDeliverOneByteAtATime() throws IOException {
    byte[] data = "ERR 1\nfoo\nERR 3\n".getBytes(StandardCharsets.UTF_8);
    scan(new InputStream() {
      int i;

      @Override
      public int read() {
        return i < data.length ? data[i++] : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (i >= data.length) {
          return -1;
        }
        b[off] = data[i++];
        return 1;
      }
    });
    assertThat(records).containsExactly("ERR 1", "foo", "ERR 3");
    assertThat(lines).containsExactly(1L, 3L);
  }

  @Test
  void shouldParseEachLineInPlaceAsTheParserParsesItAlone() throws IOException {
    LogParser parser = new LogParser(Catalog.builtIn());
    StringBuilder log = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int lineNo = 0;
    // about 3 MB, so lines straddle the ends of the scanner's 1-MB buffer
    for (LabelledRecord r : new CorpusGenerator(20261126L).generate(20_000)) {
      String line = r.text().replace('\n', ' ').replace('\r', ' ');
      if (line.isBlank() || line.endsWith("{") || line.endsWith("[")) {
        continue;
      }
      lineNo++;
      log.append(line).append('\n');
      for (ErrorEvent e : parser.parse(line)) {
        expected.add(lineNo + " " + e);
      }
    }
    List<String> found = new ArrayList<>();
    LineScanner.Totals t = new LineScanner.Totals();
    new LineScanner(parser, t).scan(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)),
        (line, e) -> found.add(line + " " + e), () -> {});
    assertThat(t.bytes).isGreaterThan(2L << 20);
    assertThat(expected).hasSizeGreaterThan(5_000);
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void shouldCountAParserFailureAndGoOn() throws IOException {
    LineScanner failing = new LineScanner((b, off, len, sink) -> {
      throw new IllegalStateException("boom");
    }, totals);
    failing.scan(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)), (l, e) -> {}, () -> {});
    assertThat(totals.parserFailures).isEqualTo(2);
    assertThat(totals.lines).isEqualTo(2);
  }
}
