package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code catalog} command: prints every entry of the built-in JMessage code catalog. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Prints the built-in JMessage error-code catalog: every code on every platform, with its"
        + " category, source (current, historical or undocumented), English and Chinese texts.",
    footer = {"", "Examples:", "  jmsg-errors catalog --platform web", "  jmsg-errors catalog --json > codes.jsonl"})
public final class CatalogCommand implements Callable<Integer> {
  private static final String ROW = "%-8s %-12s %-15s %-13s %-42s %s";

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per entry and line (code, platform, message,"
      + " description, category, source, hint).")
  boolean json;

  @Option(names = "--platform", paramLabel = "P", converter = PlatformConverter.class,
      description = "Only the entries of this platform: server, android, ios, web, android-rtc, ios-rtc.")
  Platform platform;

  @Option(names = "--category", paramLabel = "C", converter = CategoryConverter.class,
      description = "Only the entries of this category, e.g. rate-limit, auth, chatroom.")
  Category category;

  @Override
  public Integer call() {
    Catalog catalog = Catalog.builtIn();
    List<CatalogEntry> entries = catalog.entries().stream()
        .filter(e -> platform == null || e.platform() == platform)
        .filter(e -> category == null || e.category() == category)
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      entries.forEach(e -> out.println(CatalogJson.line(CatalogJson.entry(e))));
    } else {
      out.println(String.format(ROW, "CODE", "PLATFORM", "CATEGORY", "SOURCE", "MESSAGE", "DESCRIPTION"));
      entries.forEach(e -> out.println(String.format(ROW, e.code(), e.platform().id(), e.category().id(),
          e.source().id(), e.message(), e.description()).stripTrailing()));
      out.println(entries.size() + " of " + catalog.size() + " entries, catalog version " + catalog.version());
    }
    out.flush();
    return 0;
  }
}
