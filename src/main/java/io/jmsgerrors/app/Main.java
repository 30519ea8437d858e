package io.jmsgerrors.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point of the jmsg-errors command line: parses the command and hands over. */
@Command(
    name = "jmsg-errors",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "JMessage (JIGUANG IM) error analytics: scan logs, explain codes, run the stream processor.")
public final class Main implements Runnable {
  /** The subcommands, in the order the usage lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      RunCommand.class, ScanCommand.class, ExplainCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    ScanCommand plainScan = ScanCommand.plain(args);
    System.exit(plainScan != null ? plainScan.runPlain(stdout(), stderr()) : execute(args));
  }

  /** Runs the command line and returns the exit code, for tests and for {@link #main}. */
  public static int execute(String... args) {
    return commandLine(args).execute(args);
  }

  /** The whole command line, every subcommand built. */
  public static CommandLine commandLine() {
    return commandLine((String[]) null);
  }

  /**
   * The command line for {@code args}: a subcommand the arguments do not name is only its name and
   * description, for the usage, as building its model by reflection costs every start tens of
   * milliseconds; {@code null} builds every subcommand.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> type : SUBCOMMANDS) {
      Command c = type.getAnnotation(Command.class);
      cl.addSubcommand(c.name(), args == null || names(args, c) ? instance(type) : outline(c));
    }
    CommandLine run = cl.getSubcommands().get("run");
    if (run.getCommand() instanceof RunCommand) {
      RunCommand.addSettingFlags(run.getCommandSpec());
    }
    cl.setOut(stdout());
    cl.setErr(stderr());
    cl.setParameterExceptionHandler(Main::shortUsageError);
    return cl;
  }

  private static PrintWriter stdout() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  private static PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }

  /** Whether an argument may select the command: its name or an alias, or an @file picocli would expand. */
  private static boolean names(String[] args, Command c) {
    for (String a : args) {
      if (a.equals(c.name()) || a.startsWith("@") || List.of(c.aliases()).contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static Object instance(Class<?> type) {
    if (type == RunCommand.class) {
      return new RunCommand();
    } else if (type == ScanCommand.class) {
      return new ScanCommand();
    } else if (type == ExplainCommand.class) {
      return new ExplainCommand();
    } else if (type == CatalogCommand.class) {
      return new CatalogCommand();
    }
    return new CommandLine.HelpCommand();
  }

  /** What the parent's usage shows of a command: its name, aliases and description. */
  private static CommandSpec outline(Command c) {
    CommandSpec spec = CommandSpec.create().name(c.name()).aliases(c.aliases());
    spec.usageMessage().header(c.header()).description(c.description()).hidden(c.hidden());
    return spec;
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
