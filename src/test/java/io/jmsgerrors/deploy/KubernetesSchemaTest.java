package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Every kustomization renders, and every rendered object matches its Kubernetes/operator schema. */
class KubernetesSchemaTest {
  static final List<String> DIRECTORIES = Kustomize.DIRECTORIES;

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldRenderOnlyObjectsThatMatchTheirSchema(String directory) {
    List<ObjectNode> objects = Kustomize.render(directory);

    assertThat(objects).allSatisfy(object -> assertThat(StrictModel.validate(object)).isNotNull());
  }

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldRenderTheWorkloadItsServicesAndMonitoring(String directory) {
    List<ObjectNode> objects = Kustomize.render(directory);

    assertThat(objects).extracting(o -> o.path("kind").asText()).contains("StatefulSet", "Service",
        "ConfigMap", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor", "PrometheusRule", "ServiceAccount");
  }

  @Test
  void shouldListThePrometheusRuleInTheBase() {
    assertThat(DeployFiles.yaml("k8s/base/kustomization.yaml").path("resources"))
        .extracting(n -> n.asText()).contains("prometheusrule.yaml");
  }

  @Test
  void shouldRejectAFieldTheSchemaDoesNotHave() {
    ObjectNode statefulSet = Kustomize.only(Kustomize.render("k8s/base"), "StatefulSet");
    ((ObjectNode) statefulSet.path("spec").path("template").path("spec")).put("terminationGracePeriod", 60);

    assertThatThrownBy(() -> StrictModel.validate(statefulSet))
        .hasMessageContaining("terminationGracePeriod");
  }

  @Test
  void shouldRejectAMistypedFieldOfAnOperatorResource() {
    ObjectNode monitor = Kustomize.only(Kustomize.render("k8s/base"), "ServiceMonitor");
    ((ObjectNode) monitor.path("spec")).putArray("selector");

    assertThatThrownBy(() -> StrictModel.validate(monitor)).hasMessageContaining("ServiceMonitor");
  }

  @Test
  void shouldRejectAKedaTriggerWithAnUnknownField() {
    ObjectNode scaledObject = Kustomize.only(Kustomize.render("k8s/overlays/example"), "ScaledObject");
    ((ObjectNode) scaledObject.path("spec").path("triggers").get(0)).put("metdata", "typo");

    assertThatThrownBy(() -> StrictModel.validate(scaledObject)).hasMessageContaining("metdata");
  }
}
