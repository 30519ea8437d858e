package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;

/** The arguments {@link ScanCommand#plain} takes mean the same to picocli, and run the same. */
class ScanArgsProperties {
  private static final String SAMPLE = Path.of("samples", "jmessage-sample.log").toString();

  @Property(tries = 2000)
  void shouldTakeOnlyArgumentsPicocliParsesToTheSameScan(@ForAll("argumentLists") List<String> args) {
    String[] a = args.toArray(String[]::new);
    ScanCommand plain = ScanCommand.plain(a);
    Statistics.collect(plain == null ? "left to picocli" : "taken");
    if (plain == null) {
      return;
    }
    CommandLine cl = Main.commandLine();
    CommandLine.ParseResult parsed = cl.parseArgs(a);
    assertThat(parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()).isFalse();
    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("scan");
    assertThat(parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()).isFalse();
    ScanCommand picocli = cl.getSubcommands().get("scan").getCommand();
    assertThat(plain.json).isEqualTo(picocli.json);
    assertThat(plain.threads).isEqualTo(picocli.threads);
    assertThat(plain.files).isEqualTo(picocli.files);
  }

  @Provide
  Arbitrary<List<String>> argumentLists() {
    Arbitrary<String> token = Arbitraries.of("scan", "--json", "--threads", "--threads=2", "--threads=0", "--threads=65",
        "--threads=x", "--threads=", "1", "2", "64", "65", "0", "007", "-1", "-", "--", "@args", "-x", "--help", "-h",
        "--version", "-V", "run", "help", "explain", "a.log", "b c.log", "x=y", "", "--json=true", "-j");
    return token.list().ofMaxSize(6).map(rest -> {
      List<String> all = new ArrayList<>();
      all.add("scan");
      all.addAll(rest);
      return all;
    });
  }

  @Example
  void shouldTakeTheUsualForms() {
    assertThat(ScanCommand.plain(new String[] {"scan", SAMPLE})).isNotNull();
    assertThat(ScanCommand.plain(new String[] {"scan", "--json", "--threads", "2", "a.log", "-"})).isNotNull();
    assertThat(ScanCommand.plain(new String[] {"scan"})).isNotNull();
    assertThat(ScanCommand.plain(new String[] {"scan", "--help"})).isNull();
    assertThat(ScanCommand.plain(new String[] {"explain", "803010"})).isNull();
  }

  @Example
  void shouldPrintWhatThePicocliRunPrints() {
    for (String[] args : List.of(new String[] {"scan", SAMPLE}, new String[] {"scan", "--json", SAMPLE, "--threads=3"},
        new String[] {"scan", SAMPLE, "no-such-file.log"})) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = ScanCommand.plain(args).runPlain(new PrintWriter(out, true), new PrintWriter(err, true));
      assertThat(new CliRun(exit, out.toString(), err.toString())).isEqualTo(CliRun.of(args));
    }
  }
}
