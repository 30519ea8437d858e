package io.jmsgerrors.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the observability files in the project checkout, and small file helpers for their tests. */
final class ProjectFiles {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path RULES = ROOT.resolve("prometheus/rules/jmsg-errors.rules.yml");
  static final Path RULE_TESTS = ROOT.resolve("prometheus/tests");
  static final Path PROMETHEUS_RULE = ROOT.resolve("k8s/base/prometheusrule.yaml");
  static final Path DASHBOARDS = ROOT.resolve("grafana/dashboards");
  static final Path RUNBOOK = ROOT.resolve("docs/RUNBOOK.md");
  static final String RUNBOOK_URL = "https://github.com/jmsg-errors/jmsg-errors/blob/main/docs/RUNBOOK.md#";

  private ProjectFiles() {}

  /** True when a test should rewrite its golden file instead of comparing (-Djmsg.regenerate=true). */
  static boolean regenerate() {
    return Boolean.getBoolean("jmsg.regenerate");
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
