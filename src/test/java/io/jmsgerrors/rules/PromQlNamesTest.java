package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlNamesTest {

  @Test
  void shouldFindMetricsButNotFunctionsKeywordsOrLabels() {
    String expr = "sum by (code, category) (rate(jmessage_errors_total{code=~\"898.*\", job=\"a b\"}[5m])) * 60 >= 20"
        + " and on () count(job:jmessage_errors:rate5m offset 1h) or vector(0)";
    assertThat(PromQlNames.metricNames(expr)).containsExactly("jmessage_errors_total", "job:jmessage_errors:rate5m");
  }

  @Test
  void shouldIgnoreStringsOfLabelReplaceAndNumbersWithExponents() {
    String expr = "label_replace(topk(15, code_category:jmessage_errors:rate5m * 1e3), \"meaning\", \"$1\", \"code\", \"(.+)\")";
    assertThat(PromQlNames.metricNames(expr)).containsExactly("code_category:jmessage_errors:rate5m");
  }

  @Test
  void shouldReportAMisspeltMetric() {
    assertThat(PromQlNames.metricNames("sum(rate(jmessage_error_total[1m]))")).containsExactly("jmessage_error_total");
  }

  @Test
  void shouldSubstituteGrafanaVariablesIntoValidPromQl() {
    String expr = "sum by (appkey) (rate(jmessage_errors_total{code=\"$code\",appkey=\"${appkey}\"}[$__rate_interval]))";
    assertThat(PromQlNames.substituteGrafanaVariables(expr, "898000", ".+"))
        .isEqualTo("sum by (appkey) (rate(jmessage_errors_total{code=\"898000\",appkey=\".+\"}[1m]))");
  }

  @Test
  void labelValuesQueryShouldYieldItsMetricSelector() {
    assertThat(DashboardFiles.labelValuesMetric("label_values(jmessage_errors_total{category=\"auth\"}, code)"))
        .isEqualTo("jmessage_errors_total{category=\"auth\"}");
  }
}
