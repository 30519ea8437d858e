package io.jmsgerrors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jmsgerrors.catalog.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks the Grafana dashboards: stable uids, the datasource variable everywhere, known metrics, valid PromQL. */
class DashboardsTest {
  static final Set<String> UIDS = Set.of(
      "jmsg-errors-overview", "jmsg-errors-code", "jmsg-errors-appkey", "jmsg-errors-pipeline");

  @Test
  void dashboardsShouldHaveTheirStableUniqueUids() {
    List<String> uids = DashboardFiles.all().stream().map(f -> DashboardFiles.read(f).path("uid").asText()).toList();
    assertThat(uids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(UIDS);
  }

  @Test
  void everyDashboardShouldDeclareAPrometheusDatasourceVariable() {
    for (Path file : DashboardFiles.all()) {
      JsonNode variable = variable(DashboardFiles.read(file), "datasource");
      assertThat(variable.path("type").asText()).as(file.toString()).isEqualTo("datasource");
      assertThat(variable.path("query").asText()).as(file.toString()).isEqualTo("prometheus");
    }
  }

  @Test
  void everyPanelTargetAndQueryVariableShouldUseTheDatasourceVariable() {
    List<String> wrong = new ArrayList<>();
    for (Path file : DashboardFiles.all()) {
      JsonNode dashboard = DashboardFiles.read(file);
      for (JsonNode panel : DashboardFiles.panels(dashboard)) {
        String where = file.getFileName() + " panel " + panel.path("title").asText();
        if (panel.path("targets").isEmpty()) {
          if (!Set.of("text", "row").contains(panel.path("type").asText())) {
            wrong.add(where + ": no targets");
          }
          continue;
        }
        if (!DashboardFiles.DATASOURCE.equals(panel.path("datasource").path("uid").asText())) {
          wrong.add(where + ": panel datasource");
        }
        for (JsonNode target : panel.path("targets")) {
          if (!DashboardFiles.DATASOURCE.equals(target.path("datasource").path("uid").asText())) {
            wrong.add(where + ": target " + target.path("refId").asText());
          }
        }
      }
      for (JsonNode variable : dashboard.path("templating").path("list")) {
        if ("query".equals(variable.path("type").asText())
            && !DashboardFiles.DATASOURCE.equals(variable.path("datasource").path("uid").asText())) {
          wrong.add(file.getFileName() + " variable " + variable.path("name").asText());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyDashboardExpressionShouldOnlyUseContractMetricsAndRecordingRules() {
    Set<String> allowed = MetricContract.allowed(RulesFile.load());
    List<String> unknown = new ArrayList<>();
    for (Path file : DashboardFiles.all()) {
      for (String expr : DashboardFiles.expressions(DashboardFiles.read(file))) {
        Set<String> names = new TreeSet<>(PromQlNames.metricNames(PromQlNames.substituteGrafanaVariables(expr, "1", "x")));
        assertThat(names).as("metrics of " + expr).isNotEmpty();
        names.removeAll(allowed);
        names.forEach(n -> unknown.add(file.getFileName() + ": " + n + " in " + expr));
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyDashboardExpressionShouldBeValidPromQl() {
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
    int n = 0;
    for (Path file : DashboardFiles.all()) {
      for (String expr : DashboardFiles.expressions(DashboardFiles.read(file))) {
        String promql = PromQlNames.substituteGrafanaVariables(expr, "898000", "4f7aef34fb361292c566a1cd");
        rules.append("      - record: dashboard:expr:").append(n++).append("\n        expr: ")
            .append(RulesFile.YAML.valueToTree(promql).toString()).append('\n');
      }
    }
    Path file = ProjectFiles.ROOT.resolve("target/dashboard-expressions.rules.yml");
    ProjectFiles.write(file, rules.toString());
    Tools.Result result = Tools.run(ProjectFiles.ROOT,
        List.of(Tools.require("promtool").toString(), "check", "rules", file.toString()));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: " + n + " rules found");
  }

  @Test
  void meaningAndHintColumnsShouldMapEveryCatalogCode() {
    Catalog catalog = CodeMeanings.catalog();
    Map<String, String> meanings = CodeMeanings.meanings(catalog);
    Map<String, String> hints = CodeMeanings.hints(catalog);
    int mapped = 0;
    for (Path file : DashboardFiles.all()) {
      ObjectNode dashboard = DashboardFiles.read(file);
      if (ProjectFiles.regenerate()) {
        DashboardFiles.fillMeanings(dashboard, meanings, hints);
        ProjectFiles.write(file, DashboardFiles.format(dashboard));
      }
      for (JsonNode options : DashboardFiles.read(file).findValues("options")) {
        if (options.has("unknown")) {
          assertThat(options.fieldNames()).toIterable()
              .as(file.getFileName() + " lacks catalog codes; regenerate with "
                  + "./mvnw -B -ntp -o test -Dtest=DashboardsTest -Djmsg.regenerate=true")
              .containsAll(meanings.keySet());
          options.forEach(o -> assertThat(o.path("text").asText()).isNotBlank());
          mapped++;
        }
      }
    }
    assertThat(mapped).as("meaning and hint columns").isEqualTo(5);
  }

  @Test
  void overviewShouldShowTopCodesWithMeanings() {
    JsonNode overview = DashboardFiles.read(ProjectFiles.DASHBOARDS.resolve("jmsg-errors-overview.json"));
    int withMeanings = DashboardFiles.fillMeanings(overview.deepCopy(), Map.of("898000", "x"), Map.of());
    assertThat(withMeanings).isGreaterThanOrEqualTo(2);
    assertThat(DashboardFiles.expressions(overview)).anyMatch(e -> e.contains("\"meaning\"") && e.contains("topk"));
  }

  private static JsonNode variable(JsonNode dashboard, String name) {
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if (name.equals(variable.path("name").asText())) {
        return variable;
      }
    }
    throw new AssertionError("no variable " + name);
  }
}
