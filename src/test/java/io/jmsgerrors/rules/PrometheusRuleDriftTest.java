package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The k8s PrometheusRule must be exactly what the generator makes from the rules file. */
class PrometheusRuleDriftTest {

  @Test
  void committedPrometheusRuleShouldMatchTheRulesFile() {
    String expected = PrometheusRuleGenerator.render(ProjectFiles.read(ProjectFiles.RULES));
    if (ProjectFiles.regenerate()) {
      ProjectFiles.write(ProjectFiles.PROMETHEUS_RULE, expected);
    }
    assertThat(ProjectFiles.read(ProjectFiles.PROMETHEUS_RULE))
        .as("k8s/base/prometheusrule.yaml drifted from prometheus/rules/jmsg-errors.rules.yml; regenerate with "
            + "./mvnw -B -ntp -o test -Dtest=PrometheusRuleDriftTest -Djmsg.regenerate=true")
        .isEqualTo(expected);
  }

  @Test
  void prometheusRuleSpecShouldEqualTheRulesFileAsYaml() throws Exception {
    JsonNode rule = RulesFile.YAML.readTree(ProjectFiles.PROMETHEUS_RULE.toFile());
    assertThat(rule.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
    assertThat(rule.path("kind").asText()).isEqualTo("PrometheusRule");
    assertThat(rule.path("metadata").path("name").asText()).isEqualTo("jmsg-errors");
    assertThat(rule.path("spec")).isEqualTo(RulesFile.load().root());
  }

  @Test
  void renderShouldIndentTheGroupsUnderSpec() {
    String rendered = PrometheusRuleGenerator.render("# comment\ngroups:\n  - name: g\n\n    rules: []\n");
    assertThat(rendered).endsWith("spec:\n  groups:\n    - name: g\n\n      rules: []\n");
  }
}
