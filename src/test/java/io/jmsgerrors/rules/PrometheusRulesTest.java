package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Runs promtool on the rules and their unit tests, and checks every alert is tested both ways. */
class PrometheusRulesTest {

  @Test
  void promtoolShouldBeInstalled() {
    assertThat(Tools.find("promtool")).as("promtool: " + Tools.INSTALL_HINT).isPresent();
  }

  @Test
  void rulesFileShouldPassPromtoolCheck() {
    Tools.Result result = Tools.run(ProjectFiles.ROOT,
        List.of(Tools.require("promtool").toString(), "check", "rules", ProjectFiles.RULES.toString()));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  @Test
  void ruleUnitTestsShouldPassPromtoolTest() {
    List<String> command = new ArrayList<>(List.of(Tools.require("promtool").toString(), "test", "rules"));
    List<Path> files = ProjectFiles.list(ProjectFiles.RULE_TESTS, ".test.yml");
    assertThat(files).isNotEmpty();
    files.forEach(f -> command.add(ProjectFiles.RULE_TESTS.relativize(f).toString()));
    Tools.Result result = Tools.run(ProjectFiles.RULE_TESTS, command);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).doesNotContain("FAILED");
  }

  @Test
  void everyAlertShouldHaveAUnitTestThatFiresItAndOneWhereItStaysSilent() {
    Set<String> fired = new TreeSet<>();
    Set<String> silent = new TreeSet<>();
    for (Path file : ProjectFiles.list(ProjectFiles.RULE_TESTS, ".test.yml")) {
      for (JsonNode test : readYaml(file).path("tests")) {
        for (JsonNode check : test.path("alert_rule_test")) {
          String alert = check.path("alertname").asText();
          (check.path("exp_alerts").isEmpty() ? silent : fired).add(alert);
        }
      }
    }
    List<String> alerts = RulesFile.load().alerts().stream().map(RulesFile.Rule::alert).toList();
    assertThat(fired).as("alerts with a firing test case").containsAll(alerts);
    assertThat(silent).as("alerts with a silent test case").containsAll(alerts);
  }

  @Test
  void everyRecordingRuleShouldBeCheckedByAUnitTest() {
    Set<String> tested = new TreeSet<>();
    for (Path file : ProjectFiles.list(ProjectFiles.RULE_TESTS, ".test.yml")) {
      for (JsonNode test : readYaml(file).path("tests")) {
        for (JsonNode check : test.path("promql_expr_test")) {
          tested.addAll(PromQlNames.metricNames(check.path("expr").asText()));
        }
      }
    }
    assertThat(tested).containsAll(RulesFile.load().recordNames());
  }

  private static JsonNode readYaml(Path file) {
    try {
      return RulesFile.YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
