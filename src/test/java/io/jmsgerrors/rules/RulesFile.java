package io.jmsgerrors.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The parsed Prometheus rules file: its recording rules and alerts. */
record RulesFile(JsonNode root) {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One rule of a group: a recording rule (alert null) or an alert (record null). */
  record Rule(String group, String record, String alert, String expr, JsonNode node) {
    String name() {
      return record != null ? record : alert;
    }
  }

  static RulesFile load() {
    return parse(ProjectFiles.read(ProjectFiles.RULES));
  }

  static RulesFile parse(String yaml) {
    try {
      return new RulesFile(YAML.readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (JsonNode group : root.path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        rules.add(new Rule(group.path("name").asText(), text(rule, "record"), text(rule, "alert"),
            rule.path("expr").asText(), rule));
      }
    }
    return rules;
  }

  List<Rule> alerts() {
    return rules().stream().filter(r -> r.alert() != null).toList();
  }

  List<String> recordNames() {
    return rules().stream().filter(r -> r.record() != null).map(Rule::record).toList();
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
