package io.jmsgerrors.rules;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and writes the Grafana dashboards, walks their panels and targets, and fills in code meanings. */
final class DashboardFiles {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String DATASOURCE = "${datasource}";

  private DashboardFiles() {}

  static List<Path> all() {
    return ProjectFiles.list(ProjectFiles.DASHBOARDS, ".json");
  }

  static ObjectNode read(Path file) {
    try {
      return (ObjectNode) JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String format(JsonNode dashboard) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    try {
      return JSON.writer(printer).writeValueAsString(dashboard).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every panel, including those nested in rows. */
  static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      panels.add(panel);
      panel.path("panels").forEach(panels::add);
    }
    return panels;
  }

  /** The PromQL of every panel target and of every query variable. */
  static List<String> expressions(JsonNode dashboard) {
    List<String> exprs = new ArrayList<>();
    for (JsonNode panel : panels(dashboard)) {
      panel.path("targets").forEach(t -> exprs.add(t.path("expr").asText()));
    }
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if ("query".equals(variable.path("type").asText())) {
        exprs.add(labelValuesMetric(variable.path("definition").asText()));
      }
    }
    return exprs;
  }

  /** label_values(metric{...}, label) -> metric{...}, so the metric can be checked like any expression. */
  static String labelValuesMetric(String query) {
    String inner = query.replaceFirst("^\\s*label_values\\((.*)\\)\\s*$", "$1");
    int comma = inner.lastIndexOf(',');
    return comma < 0 ? inner : inner.substring(0, comma).strip();
  }

  /** Sets the value mappings of every field override named meaning or hint; returns how many were set. */
  static int fillMeanings(JsonNode dashboard, Map<String, String> meanings, Map<String, String> hints) {
    int filled = 0;
    for (JsonNode panel : panels(dashboard)) {
      for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
        String field = override.path("matcher").path("options").asText();
        Map<String, String> texts = "meaning".equals(field) ? meanings : "hint".equals(field) ? hints : null;
        if (texts == null) {
          continue;
        }
        for (JsonNode property : override.path("properties")) {
          if ("mappings".equals(property.path("id").asText())) {
            ((ObjectNode) property).set("value", mappings(texts));
            filled++;
          }
        }
      }
    }
    return filled;
  }

  private static ArrayNode mappings(Map<String, String> texts) {
    ObjectNode options = JSON.createObjectNode();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      options.putObject(e.getKey()).put("text", e.getValue());
    }
    ArrayNode list = JSON.createArrayNode();
    list.addObject().put("type", "value").set("options", options);
    return list;
  }
}
