package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Autoscaling, disruption, network and scrape objects around the workload. */
class ClusterPolicyTest {

  private static int partitions(List<ObjectNode> objects) {
    return Kustomize.configData(objects).path("TOPIC_PARTITIONS").asInt();
  }

  @Test
  void shouldCapTheCpuAutoscalerAtThePartitionCount() {
    List<ObjectNode> objects = Kustomize.render("k8s/overlays/cpu-autoscaling");
    var hpa = (HorizontalPodAutoscaler) StrictModel.validate(Kustomize.only(objects, "HorizontalPodAutoscaler"));

    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(partitions(objects));
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("StatefulSet");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("jmsg-errors");
  }

  @Test
  void shouldCapTheLagAutoscalerAtThePartitionCountOfTheInputTopic() {
    List<ObjectNode> objects = Kustomize.render("k8s/overlays/example");
    var scaled = (KedaModel.ScaledObject) StrictModel.validate(Kustomize.only(objects, "ScaledObject"));
    var config = Kustomize.configData(objects);
    var trigger = scaled.spec().triggers().get(0);

    assertThat(scaled.spec().maxReplicaCount()).isEqualTo(partitions(objects));
    assertThat(trigger.type()).isEqualTo("kafka");
    assertThat(trigger.metadata()).containsEntry("consumerGroup", config.path("APPLICATION_ID").asText())
        .containsEntry("topic", config.path("INPUT_TOPICS").asText())
        .containsEntry("allowIdleConsumers", "false");
    assertThat(Kustomize.has(objects, "HorizontalPodAutoscaler")).as("two autoscalers would fight").isFalse();
  }

  @Test
  void shouldLetAtMostOneInstanceBeDisruptedAtATime() {
    var pdb = (PodDisruptionBudget) StrictModel.validate(Kustomize.only(Kustomize.render("k8s/base"), "PodDisruptionBudget"));

    assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
  }

  @Test
  void shouldAdmitOnlyMonitoringAndPeerInstancesToTheHttpPortAndLetOnlyKafkaDnsAndPeersOut() {
    var policy = (NetworkPolicy) StrictModel.validate(Kustomize.only(Kustomize.render("k8s/base"), "NetworkPolicy"));
    var selector = policy.getSpec().getPodSelector().getMatchLabels();

    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(policy.getSpec().getIngress()).hasSize(2).allSatisfy(rule ->
        assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(8080)));
    assertThat(policy.getSpec().getIngress()).flatExtracting(r -> r.getFrom()).allSatisfy(peer -> {
      boolean monitoring = peer.getNamespaceSelector() != null;
      boolean sibling = peer.getNamespaceSelector() == null && selector.equals(peer.getPodSelector().getMatchLabels());
      assertThat(monitoring || sibling).as("ingress only from monitoring or the other instances").isTrue();
    });
    assertThat(policy.getSpec().getEgress()).flatExtracting(e -> e.getPorts())
        .extracting(p -> p.getPort().getIntVal()).containsExactlyInAnyOrder(8080, 9092, 53, 53);
  }

  @Test
  void shouldScrapeTheMetricsPathThroughTheMetricsService() {
    List<ObjectNode> objects = Kustomize.render("k8s/base");
    var monitor = (ServiceMonitor) StrictModel.validate(Kustomize.only(objects, "ServiceMonitor"));
    var selector = monitor.getSpec().getSelector().getMatchLabels();

    assertThat(monitor.getSpec().getEndpoints()).singleElement()
        .satisfies(e -> assertThat(e.getPath()).isEqualTo("/metrics"));
    assertThat(objects).filteredOn(o -> o.path("kind").asText().equals("Service"))
        .anySatisfy(service -> selector.forEach((key, value) ->
            assertThat(service.path("metadata").path("labels").path(key).asText()).isEqualTo(value)));
  }
}
