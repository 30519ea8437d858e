package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders a kustomization with `kubectl kustomize` (kustomize v2 to v5) into its objects. */
final class Kustomize {
  static final List<String> DIRECTORIES =
      List.of("k8s/base", "k8s/overlays/example", "k8s/overlays/cpu-autoscaling");

  private Kustomize() {}

  private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

  /** Fresh (mutable) objects on each call; the kubectl run itself happens once per directory. */
  static List<ObjectNode> render(String directory) {
    List<ObjectNode> objects = DeployFiles.readAll(RENDERED.computeIfAbsent(directory, Kustomize::kubectl));
    assertThat(objects).as("objects rendered from %s", directory).isNotEmpty();
    return objects;
  }

  private static String kubectl(String directory) {
    ExternalTool.Result result = ExternalTool.run(List.of("kubectl", "kustomize", directory));
    assertThat(result.exitCode()).as("kubectl kustomize %s failed:%n%s", directory, result.stderr()).isZero();
    return result.stdout();
  }

  static ObjectNode only(List<ObjectNode> objects, String kind) {
    List<ObjectNode> matching = objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    assertThat(matching).as("objects of kind %s", kind).hasSize(1);
    return matching.get(0);
  }

  static boolean has(List<ObjectNode> objects, String kind) {
    return objects.stream().anyMatch(o -> kind.equals(o.path("kind").asText()));
  }

  static JsonNode configData(List<ObjectNode> objects) {
    return only(objects, "ConfigMap").path("data");
  }
}
