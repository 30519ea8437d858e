package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks the rules against the metric contract and the alert conventions (for, severity, summary, runbook). */
class RulesContractTest {
  static final Set<String> ALERTS = Set.of("JMessageErrorCodeSpike", "JMessageStreamSpikeActive",
      "JMessageServerSideErrorShare", "JMessageAuthFailuresSurge", "JMessageRateLimited", "JMsgErrorsNotReady",
      "JMsgErrorsConsumerLagGrowing", "JMsgErrorsDeadLetters", "JMsgErrorsNoLogLines", "JMsgErrorsLateRecords",
      "JMsgErrorsSlowScrape");

  @Test
  void everyRuleExpressionShouldOnlyUseContractMetricsAndRecordingRules() {
    RulesFile rules = RulesFile.load();
    Set<String> allowed = MetricContract.allowed(rules);
    List<String> unknown = new ArrayList<>();
    for (RulesFile.Rule rule : rules.rules()) {
      Set<String> names = new TreeSet<>(PromQlNames.metricNames(rule.expr()));
      assertThat(names).as(rule.name()).isNotEmpty();
      names.removeAll(allowed);
      names.forEach(n -> unknown.add(rule.name() + ": " + n));
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void recordingRulesShouldFollowTheLevelMetricOperationsConvention() {
    assertThat(RulesFile.load().recordNames())
        .allSatisfy(name -> assertThat(name).matches("[a-z_]+:[a-z_]+:[a-z0-9_]+"))
        .doesNotHaveDuplicates();
  }

  @Test
  void theAgreedAlertsShouldAllExistOnce() {
    List<String> alerts = RulesFile.load().alerts().stream().map(RulesFile.Rule::alert).toList();
    assertThat(alerts).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ALERTS);
  }

  @Test
  void everyAlertShouldHaveForSeveritySummaryDescriptionAndRunbook() {
    for (RulesFile.Rule alert : RulesFile.load().alerts()) {
      JsonNode node = alert.node();
      JsonNode annotations = node.path("annotations");
      assertThat(node.path("for").asText()).as(alert.alert() + " for").matches("[1-9][0-9]*[mh]");
      assertThat(node.path("labels").path("severity").asText()).as(alert.alert() + " severity")
          .isIn("critical", "warning", "info");
      assertThat(annotations.path("summary").asText()).as(alert.alert() + " summary").isNotBlank();
      assertThat(annotations.path("description").asText()).as(alert.alert() + " description").isNotBlank();
      assertThat(annotations.path("runbook_url").asText()).as(alert.alert()).startsWith(ProjectFiles.RUNBOOK_URL);
    }
  }

  @Test
  void summariesOfCodeAlertsShouldNameTheCodeAndItsMeaning() {
    for (RulesFile.Rule alert : RulesFile.load().alerts()) {
      if (!alert.alert().startsWith("JMessage")) {
        continue;
      }
      String summary = alert.node().path("annotations").path("summary").asText();
      assertThat(summary).as(alert.alert())
          .satisfiesAnyOf(s -> assertThat(s).contains("{{ $labels.code }}").contains("{{ $labels.category }}"),
              s -> assertThat(s).containsPattern("8[0-9]{5} .*[\\u4e00-\\u9fff]"));
    }
  }
}
