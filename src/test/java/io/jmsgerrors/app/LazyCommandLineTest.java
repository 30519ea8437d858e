package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LazyCommandLineTest {
  private static final String SAMPLE = Path.of("samples", "jmessage-sample.log").toString();

  /** Argument lists of every kind: usage, version, each command, errors, suggestions, @files. */
  private static final List<List<String>> ARGS = List.of(
      List.of(), List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"), List.of("help"),
      List.of("help", "scan"), List.of("help", "run"), List.of("help", "help"), List.of("help", "nope"),
      List.of("scan", "--help"), List.of("run", "--help"), List.of("explain", "--help"), List.of("catalog", "--help"),
      List.of("scan", SAMPLE), List.of("scan", "--json", SAMPLE), List.of("scan", "--threads", "0", SAMPLE),
      List.of("scan", "no-such-file.log"), List.of("explain", "803010", "871001", "--platform", "ios-rtc"),
      List.of("explain"), List.of("explain", "1", "--platform", "mars"), List.of("catalog", "--category", "auth"),
      List.of("catalog", "--category", "nope"), List.of("run", "--no-such-flag"), List.of("sacn", SAMPLE),
      List.of("--bogus"), List.of("scna"), List.of("explian", "803010"), List.of("@no-such-argfile"));

  @Test
  void shouldAnswerEveryArgumentListAsTheFullyBuiltCommandLineDoes() {
    for (List<String> args : ARGS) {
      String[] a = args.toArray(String[]::new);
      assertThat(run(Main.commandLine(a), a)).as("jmsg-errors %s", args).isEqualTo(run(Main.commandLine(), a));
    }
  }

  @Test
  void shouldBuildOnlyTheSubcommandTheArgumentsName() {
    CommandLine cl = Main.commandLine(new String[] {"scan", "app.log"});

    assertThat((Object) cl.getSubcommands().get("scan").getCommand()).isInstanceOf(ScanCommand.class);
    assertThat(cl.getSubcommands().get("run").getCommandSpec().options()).isEmpty();
    assertThat(cl.getSubcommands().keySet()).containsExactly("run", "scan", "explain", "catalog", "help");
  }

  private static CliRun run(CommandLine cl, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new CliRun(cl.execute(args), out.toString(), err.toString());
  }
}
