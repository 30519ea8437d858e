package io.jmsgerrors.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Wraps the Prometheus rules file into the Prometheus Operator's PrometheusRule for k8s/base, verbatim. */
final class PrometheusRuleGenerator {
  static final String HEADER = """
      # GENERATED from prometheus/rules/jmsg-errors.rules.yml by PrometheusRuleGenerator: do not edit.
      # Regenerate: ./mvnw -B -ntp -o test -Dtest=PrometheusRuleDriftTest -Djmsg.regenerate=true
      # The labels match the ruleSelector of kube-prometheus (prometheus: k8s, role: alert-rules) and of
      # kube-prometheus-stack (release: prometheus); adjust them in an overlay for another selector.
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: jmsg-errors
        labels:
          app.kubernetes.io/name: jmsg-errors
          app.kubernetes.io/component: alerting
          app.kubernetes.io/part-of: jmsg-errors
          prometheus: k8s
          role: alert-rules
          release: prometheus
      spec:
      """;

  private PrometheusRuleGenerator() {}

  /** The PrometheusRule text for the given rules file content. */
  static String render(String rulesYaml) {
    List<String> lines = rulesYaml.lines().dropWhile(l -> l.startsWith("#") || l.isBlank()).toList();
    return HEADER + lines.stream().map(l -> l.isEmpty() ? l : "  " + l).collect(Collectors.joining("\n", "", "\n"));
  }
}
