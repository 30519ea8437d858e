package io.jmsgerrors.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jmsg-errors command line: parses the command and hands over. */
@Command(
    name = "jmsg-errors",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "JMessage (JIGUANG IM) error analytics: scan logs, explain codes, run the stream processor.",
    subcommands = {
      RunCommand.class,
      ScanCommand.class,
      ExplainCommand.class,
      CatalogCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code, for tests and for {@link #main}. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler(Main::shortUsageError);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A bad flag or argument is one clear line on stderr and exit code 2, not a usage dump. */
  private static int shortUsageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println("jmsg-errors: " + ex.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }
}
