package io.jmsgerrors.rules;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import java.util.Comparator;
import java.util.List;

/** Renders the runbook's per-category code tables from the catalog, between fixed markers. */
final class RunbookCategories {
  static final String BEGIN = "<!-- BEGIN GENERATED: categories -->";
  static final String END = "<!-- END GENERATED: categories -->";

  private RunbookCategories() {}

  static String heading(Category category) {
    return "### Category: " + category.id();
  }

  /** The runbook text with its generated block replaced by the tables of the catalog. */
  static String apply(String runbook, Catalog catalog) {
    int begin = runbook.indexOf(BEGIN);
    int end = runbook.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException("RUNBOOK.md lacks the markers " + BEGIN + " ... " + END);
    }
    return runbook.substring(0, begin + BEGIN.length()) + "\n" + render(catalog) + runbook.substring(end);
  }

  static String render(Catalog catalog) {
    StringBuilder out = new StringBuilder();
    for (Category category : Category.values()) {
      List<CatalogEntry> entries = catalog.entries().stream().filter(e -> e.category() == category)
          .sorted(Comparator.comparingInt(CatalogEntry::code).thenComparing(e -> e.platform().ordinal()))
          .toList();
      out.append('\n').append(heading(category)).append("\n\n");
      out.append("**What to do.** ").append(category.hint()).append("\n\n");
      if (entries.isEmpty()) {
        out.append(category == Category.UNKNOWN
            ? "Codes found in logs but not in the catalog are exported as `code=\"unknown\"`.\n"
            : "No code of the catalog is in this category.\n");
        continue;
      }
      out.append("| code | platform | message | 说明 | source |\n|---|---|---|---|---|\n");
      for (CatalogEntry e : entries) {
        out.append("| ").append(e.code()).append(" | ").append(e.platform().id()).append(" | ").append(CodeMeanings.cell(e.message())).append(" | ")
            .append(CodeMeanings.cell(e.description())).append(" | ")
            .append(e.source().id()).append(" |\n");
      }
    }
    return out.toString();
  }
}
