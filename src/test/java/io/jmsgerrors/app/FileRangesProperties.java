package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/** A file scanned as ranges hands the parser exactly the records of one scan of the whole file. */
class FileRangesProperties {
  private final Path file;

  FileRangesProperties() throws IOException {
    file = Files.createTempFile("ranges", ".log");
  }

  @AfterProperty
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Property(tries = 400)
  void shouldCutOnlyBetweenRecords(@ForAll("logs") String log, @ForAll @IntRange(min = 1, max = 7) int parts) throws IOException {
    byte[] data = log.getBytes(StandardCharsets.UTF_8);
    Files.write(file, data);
    List<String> whole = new ArrayList<>();
    LineScanner.Totals wholeTotals = new LineScanner.Totals();
    try (FileChannel ch = FileChannel.open(file)) {
      scan(FileRanges.stream(ch, 0, -1), whole, wholeTotals);
      long[] starts = FileRanges.starts(ch, data.length, parts);
      assertThat(starts[0]).isZero();
      assertThat(starts.length).isBetween(1, parts);
      List<String> pieces = new ArrayList<>();
      LineScanner.Totals sum = new LineScanner.Totals();
      for (int i = 0; i < starts.length; i++) {
        if (i > 0) {
          assertThat(starts[i]).isGreaterThan(starts[i - 1]).isLessThan(data.length);
          assertThat(data[(int) starts[i] - 1]).isEqualTo((byte) '\n');
        }
        LineScanner.Totals t = new LineScanner.Totals();
        scan(FileRanges.stream(ch, starts[i], i + 1 < starts.length ? starts[i + 1] : -1), pieces, t);
        sum.add(t);
      }
      assertThat(pieces).containsExactlyElementsOf(whole);
      assertThat(sum.lines).isEqualTo(wholeTotals.lines);
      assertThat(sum.bytes).isEqualTo(data.length);
    }
  }

  @Property(tries = 100)
  void shouldCutALargeLogIntoAsManyRangesAsAsked(@ForAll @IntRange(min = 2, max = 8) int parts) throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      log.append("2026-11-27 02:00:00 E/JMessage: code=").append(800000 + i).append('\n');
    }
    byte[] data = log.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(file, data);
    try (FileChannel ch = FileChannel.open(file)) {
      assertThat(FileRanges.starts(ch, data.length, parts)).hasSize(parts);
    }
  }

  private static void scan(java.io.InputStream in, List<String> records, LineScanner.Totals totals) throws IOException {
    new LineScanner((b, off, len, sink) -> {
      records.add(new String(b, off, len, StandardCharsets.UTF_8));
      return 0;
    }, totals).scan(in, (line, e) -> {}, () -> {});
  }

  /** Lines of the kinds that decide joining: JSON left open, its continuations, blank and CRLF lines. */
  @Provide
  Arbitrary<String> logs() {
    Arbitrary<String> line = Arbitraries.of(
        "code=803010 appkey=4f7aef34fb361292c566a1cd", "{", "[", "  \"error\": {\"code\": 899001}", "}", "]",
        "\"tail\"", "\tindented", "", "\r", "plain\r", "x", "{\"code\": 847001}", "  {", "after {");
    return line.list().ofMaxSize(60).flatMap(lines -> Arbitraries.of("", "\n").map(end -> String.join("\n", lines) + end));
  }
}
