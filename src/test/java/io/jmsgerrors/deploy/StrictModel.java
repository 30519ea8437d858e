package io.jmsgerrors.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.Map;

/**
 * Validates rendered objects against typed Kubernetes, Prometheus Operator and KEDA models,
 * rejecting any field the schema does not have (the models' catch-all maps are switched off).
 */
final class StrictModel {
  private static final Map<String, Class<?>> TYPES = Map.ofEntries(
      Map.entry("v1/Namespace", Namespace.class),
      Map.entry("v1/ServiceAccount", ServiceAccount.class),
      Map.entry("v1/ConfigMap", ConfigMap.class),
      Map.entry("v1/Secret", Secret.class),
      Map.entry("v1/Service", Service.class),
      Map.entry("apps/v1/StatefulSet", StatefulSet.class),
      Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
      Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
      Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
      Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
      Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
      Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
      Map.entry("keda.sh/v1alpha1/ScaledObject", KedaModel.ScaledObject.class),
      Map.entry("keda.sh/v1alpha1/TriggerAuthentication", KedaModel.TriggerAuthentication.class));

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .addModule(new SimpleModule("no-catch-all").setDeserializerModifier(new NoAnySetter()))
      .build();

  private StrictModel() {}

  static String typeKey(JsonNode object) {
    return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
  }

  static boolean knows(JsonNode object) {
    return TYPES.containsKey(typeKey(object));
  }

  /** The typed object; throws when the kind is unknown or a field is unknown or mistyped. */
  static Object validate(JsonNode object) {
    Class<?> type = TYPES.get(typeKey(object));
    if (type == null) {
      throw new IllegalArgumentException("no schema for " + typeKey(object) + "; known: " + TYPES.keySet());
    }
    try {
      return MAPPER.treeToValue(object, type);
    } catch (Exception e) {
      throw new IllegalArgumentException(typeKey(object) + " " + object.path("metadata").path("name").asText()
          + " does not match its schema: " + e.getMessage(), e);
    }
  }

  /** Drops the @JsonAnySetter of generated models so an unknown field fails instead of being kept. */
  private static final class NoAnySetter extends BeanDeserializerModifier {
    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
      builder.setAnySetter(null);
      builder.setIgnoreUnknownProperties(false);
      return builder;
    }
  }
}
