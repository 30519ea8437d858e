package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code explain} command: what JMessage error codes mean and what to do about them. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explains JMessage error codes: English and Chinese meaning, category, the platforms"
        + " the code exists on, its source table, and an operator hint.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every code is known", "1:a code is unknown or not a number (the known ones are still shown)",
        "2:bad option"},
    footer = {"", "Examples:", "  jmsg-errors explain 803010", "  jmsg-errors explain 871001 --platform ios-rtc --json"})
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", arity = "1..*", description = "JMessage error codes, e.g. 803010 899003.")
  List<String> codes;

  @Option(names = "--platform", paramLabel = "P", converter = PlatformConverter.class,
      description = "The platform that reported the code, where one number means different things: "
          + "server, android, ios, web, android-rtc, ios-rtc. Default: server first, then the other tables.")
  Platform platform;

  @Option(names = "--json", description = "One JSON object per code and line.")
  boolean json;

  @Override
  public Integer call() {
    Catalog catalog = Catalog.builtIn();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = 0;
    for (String arg : codes) {
      Optional<Integer> code = parse(arg);
      Optional<CatalogEntry> entry = code.flatMap(c -> catalog.lookup(c, platform));
      if (entry.isEmpty()) {
        err.println("jmsg-errors: " + problem(arg, code));
        exit = 1;
        continue;
      }
      List<Platform> platforms = catalog.platformsFor(entry.get().code(), entry.get().platform());
      out.println(json ? CatalogJson.line(CatalogJson.explained(entry.get(), platforms)) : text(entry.get(), platforms));
    }
    out.flush();
    err.flush();
    return exit;
  }

  private static Optional<Integer> parse(String arg) {
    try {
      return Optional.of(Integer.parseInt(arg.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String problem(String arg, Optional<Integer> code) {
    if (code.isEmpty()) {
      return "'" + arg + "' is not a code (expected a number such as 803010)";
    }
    if (Catalog.isNotJMessageCode(code.get())) {
      return code.get() + " is not a JMessage error code (0 is success, 1-5 are plugin-level codes)";
    }
    return "unknown code " + code.get() + ": not in the JMessage code catalog";
  }

  static String text(CatalogEntry e, List<Platform> platforms) {
    String others = platforms.stream().skip(1).map(Platform::id).collect(Collectors.joining(", "));
    return e.code() + "  " + (e.message().isEmpty() ? "(no English text)" : e.message()) + "\n"
        + "  " + (e.description().isEmpty() ? "(no Chinese text)" : e.description()) + "\n"
        + "  category:  " + e.category().id() + "\n"
        + "  platform:  " + e.platform().id() + (others.isEmpty() ? "" : "  (also defined on: " + others + ")") + "\n"
        + "  source:    " + e.source().id() + "\n"
        + "  hint:      " + e.hint() + "\n";
  }
}
