package io.jmsgerrors.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The subset of the KEDA v2 CRD schema (keda.sh/v1alpha1) the manifests may use. */
final class KedaModel {
  private KedaModel() {}

  record ObjectMeta(@JsonProperty(required = true) String name, String namespace,
      Map<String, String> labels, Map<String, String> annotations) {}

  record ScaledObject(@JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind, @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) ScaledObjectSpec spec) {}

  record ScaledObjectSpec(@JsonProperty(required = true) ScaleTarget scaleTargetRef,
      Integer pollingInterval, Integer cooldownPeriod, Integer initialCooldownPeriod,
      Integer idleReplicaCount, Integer minReplicaCount, Integer maxReplicaCount,
      Advanced advanced, Fallback fallback, @JsonProperty(required = true) List<Trigger> triggers) {}

  record ScaleTarget(String apiVersion, String kind, @JsonProperty(required = true) String name,
      String envSourceContainerName) {}

  record Advanced(Boolean restoreToOriginalReplicaCount, HpaConfig horizontalPodAutoscalerConfig,
      Map<String, Object> scalingModifiers) {}

  record HpaConfig(String name,
      io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior behavior) {}

  record Fallback(int failureThreshold, int replicas, String behavior) {}

  record Trigger(@JsonProperty(required = true) String type, String name, Boolean useCachedMetrics,
      String metricType, @JsonProperty(required = true) Map<String, String> metadata,
      AuthenticationRef authenticationRef) {}

  record AuthenticationRef(@JsonProperty(required = true) String name, String kind) {}

  record TriggerAuthentication(@JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind, @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) TriggerAuthenticationSpec spec) {}

  record TriggerAuthenticationSpec(List<SecretTargetRef> secretTargetRef, List<EnvTargetRef> env,
      Map<String, Object> podIdentity) {}

  record SecretTargetRef(@JsonProperty(required = true) String parameter,
      @JsonProperty(required = true) String name, @JsonProperty(required = true) String key) {}

  record EnvTargetRef(String parameter, String name, String containerName) {}
}
