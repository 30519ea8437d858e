package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = String.join("\n",
      "2026-11-25 10:00:01 INFO started on port 8080",
      "2026-11-25 10:00:02 ERROR send failed code=803010",
      "2026-11-25 10:00:03 ERROR register failed code=899987",
      "2026-11-25 10:00:04 ERROR send failed code=803010",
      "2026-11-25 10:00:05 INFO done",
      "2026-11-25 10:00:06 ERROR send failed code=803010") + "\n";

  /** The meaning of 803010 as the built-in catalog tells it (the parser sees no platform in these lines). */
  private static final CatalogEntry RATE = Catalog.builtIn().lookup(803010, Platform.UNKNOWN).orElseThrow();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.toString().split("\n")) {
      if (!l.isBlank()) {
        nodes.add(JSON.readTree(l));
      }
    }
    return nodes;
  }

  @Test
  void shouldPrintATableByCodeWithTheMostFrequentFirst() throws IOException {
    int exit = run("scan", file("app.log", LOG).toString());
    String table = out.toString();
    assertThat(exit).isZero();
    assertThat(table).contains("COUNT", "CODE", "CATEGORY", "MESSAGE", "DESCRIPTION");
    assertThat(table.indexOf("803010")).isLessThan(table.indexOf("899987"));
    assertThat(table).containsPattern("3\\s+803010\\s+" + RATE.category().id()).contains(RATE.message());
    assertThat(table).containsPattern("1\\s+899987\\s+unknown");
    assertThat(table).contains("lines 6", "lines with errors 4", "events 4", "unknown codes 1 (1 events)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void shouldWriteOneJsonObjectPerEventWithItsLineNumber() throws IOException {
    int exit = run("scan", "--json", file("app.log", LOG).toString());
    List<JsonNode> events = jsonLines();
    assertThat(exit).isZero();
    assertThat(events).extracting(e -> e.get("line").asLong()).containsExactly(2L, 3L, 4L, 6L);
    assertThat(events).extracting(e -> e.get("code").asInt()).containsExactly(803010, 899987, 803010, 803010);
    assertThat(events.get(0).get("category").asText()).isEqualTo(RATE.category().id());
    assertThat(events.get(0).get("message").asText()).isEqualTo(RATE.message());
    assertThat(events.get(0).get("description").asText()).isEqualTo(RATE.description());
    assertThat(events.get(1).get("category").asText()).isEqualTo("unknown");
    assertThat(events).allSatisfy(e -> assertThat(e.has("file")).isFalse());
  }

  @Test
  void shouldNameTheFileOfEachEventWhenScanningSeveral() throws IOException {
    Path a = file("a.log", "ok\nERROR code=803010\n");
    Path b = file("b.log", "ERROR code=803010\n");
    int exit = run("scan", "--json", a.toString(), b.toString());
    assertThat(exit).isZero();
    assertThat(jsonLines()).extracting(e -> e.get("file").asText() + ":" + e.get("line").asLong())
        .containsExactly(a + ":2", b + ":1");
  }

  @Test
  void shouldReadStandardInputWhenGivenNoFileOrADash() throws IOException {
    for (String[] args : List.of(new String[] {"scan", "--json"}, new String[] {"scan", "--json", "-"})) {
      out.getBuffer().setLength(0);
      InputStream saved = System.in;
      try {
        System.setIn(new ByteArrayInputStream(LOG.getBytes(StandardCharsets.UTF_8)));
        assertThat(run(args)).isZero();
      } finally {
        System.setIn(saved);
      }
      assertThat(jsonLines()).hasSize(4);
    }
  }

  @Test
  void shouldReportAMissingFileInOneLineAndStillScanTheOthers() throws IOException {
    Path good = file("good.log", LOG);
    int exit = run("scan", dir.resolve("missing.log").toString(), good.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("jmsg-errors: scan: cannot read " + dir.resolve("missing.log") + ": no such file");
    assertThat(out.toString()).contains("lines 6", "events 4");
  }

  @Test
  void shouldRefuseADirectoryInOneLine() {
    int exit = run("scan", dir.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("cannot read " + dir + ": is a directory");
  }

  @Test
  void shouldExplainItselfWithHelp() {
    assertThat(run("scan", "--help")).isZero();
    assertThat(out.toString()).contains("--json", "FILE", "standard input");
  }

  @Test
  void shouldRejectAnUnknownFlagInOneLine() {
    int exit = run("scan", "--jsn");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void shouldSayThereIsNothingWhenALogHasNoErrors() throws IOException {
    assertThat(run("scan", file("quiet.log", "a\nb\n").toString())).isZero();
    assertThat(out.toString().strip()).startsWith("lines 2").contains("events 0");
  }

  @Test
  void shouldNeverPrintAPlantedSecret() throws IOException {
    StringBuilder log = new StringBuilder();
    List<String> secrets = new ArrayList<>();
    for (LabelledRecord r : new CorpusGenerator(99).generate(5000)) {
      log.append(r.text()).append('\n');
      secrets.addAll(r.secrets());
    }
    run("scan", "--json", file("mixed.log", log.toString()).toString());
    String printed = out.toString().toLowerCase(Locale.ROOT);
    assertThat(secrets).isNotEmpty().allSatisfy(s -> assertThat(printed).doesNotContain(s.toLowerCase(Locale.ROOT)));
  }

  @Test
  void shouldScanTheBundledSampleLog() {
    Path sample = Path.of("samples/jmessage-sample.log");
    assertThat(run("scan", sample.toString())).isZero();
    assertThat(out.toString()).contains("lines 300", "COUNT");
  }

  @Test
  void shouldAlignTheColumnsOfTheTable() throws IOException {
    run("scan", file("app.log", LOG).toString());
    List<String> rows = out.toString().lines().filter(l -> l.contains("803010") || l.contains("899987") || l.startsWith("COUNT")).toList();
    assertThat(rows).hasSize(3);
    int messageColumn = DisplayWidth.of(rows.get(0).substring(0, rows.get(0).indexOf("MESSAGE")));
    assertThat(rows.subList(1, 3)).allSatisfy(r -> {
      String before = r.contains(RATE.message()) ? r.substring(0, r.indexOf(RATE.message())) : r.substring(0, r.indexOf("(not in"));
      assertThat(DisplayWidth.of(before)).isEqualTo(messageColumn);
    });
  }
}
