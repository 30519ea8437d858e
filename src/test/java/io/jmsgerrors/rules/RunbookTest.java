package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/RUNBOOK.md has a section per alert (the runbook_url anchors) and per category with all its codes. */
class RunbookTest {

  @Test
  void everyAlertRunbookUrlShouldPointToAHeadingOfTheRunbook() {
    Set<String> anchors = anchors(ProjectFiles.read(ProjectFiles.RUNBOOK));
    for (RulesFile.Rule alert : RulesFile.load().alerts()) {
      String url = alert.node().path("annotations").path("runbook_url").asText();
      assertThat(url).as(alert.alert()).startsWith(ProjectFiles.RUNBOOK_URL);
      assertThat(anchors).as(alert.alert()).contains(url.substring(ProjectFiles.RUNBOOK_URL.length()));
      assertThat(url).as(alert.alert()).endsWith("#" + alert.alert().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void everyCategoryShouldHaveASectionListingEachOfItsCatalogCodes() {
    Catalog catalog = CodeMeanings.catalog();
    String runbook = ProjectFiles.read(ProjectFiles.RUNBOOK);
    if (ProjectFiles.regenerate()) {
      runbook = RunbookCategories.apply(runbook, catalog);
      ProjectFiles.write(ProjectFiles.RUNBOOK, runbook);
    }
    List<String> missing = new ArrayList<>();
    for (Category category : Category.values()) {
      String section = section(runbook, RunbookCategories.heading(category));
      if (section == null) {
        missing.add("section " + category.id());
        continue;
      }
      for (CatalogEntry e : catalog.entries()) {
        if (e.category() == category && !section.contains("| " + e.code() + " | " + e.platform().id() + " |")) {
          missing.add(category.id() + ": " + e.code() + " " + e.platform().id());
        }
      }
    }
    assertThat(missing).as("regenerate with ./mvnw -B -ntp -o test -Dtest=RunbookTest -Djmsg.regenerate=true")
        .isEmpty();
  }

  @Test
  void githubAnchorsShouldFollowTheHeadingText() {
    assertThat(anchors("### Category: rate-limit\n## JMsgErrorsNotReady\n"))
        .containsExactlyInAnyOrder("category-rate-limit", "jmsgerrorsnotready");
  }

  /** The anchors GitHub makes of the Markdown headings: lowercase, punctuation dropped, spaces to dashes. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new TreeSet<>();
    markdown.lines().filter(l -> l.startsWith("#")).forEach(l -> anchors.add(
        l.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-')));
    return anchors;
  }

  private static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n" + heading + "\n");
    if (start < 0) {
      return null;
    }
    int next = markdown.indexOf("\n### ", start + heading.length() + 1);
    return markdown.substring(start, next < 0 ? markdown.length() : next);
  }
}
