package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every environment variable that compose, the manifests and the image set is one the service documents. */
class DeployEnvContractTest {
  private static final EnvContract CONTRACT = EnvContract.load();

  private static Set<String> undocumented(Iterable<String> names) {
    Set<String> unknown = new TreeSet<>();
    names.forEach(name -> {
      if (!CONTRACT.accepts(name)) {
        unknown.add(name);
      }
    });
    return unknown;
  }

  private static Set<String> k8sNames(String directory) {
    Set<String> names = new TreeSet<>();
    List<ObjectNode> objects = Kustomize.render(directory);
    Kustomize.configData(objects).fieldNames().forEachRemaining(names::add);
    Kustomize.only(objects, "StatefulSet").path("spec").path("template").path("spec").path("containers")
        .forEach(c -> c.path("env").forEach(e -> names.add(e.path("name").asText())));
    return names;
  }

  @Test
  void shouldSetOnlyDocumentedVariablesInCompose() {
    Set<String> names = new TreeSet<>();
    DeployFiles.yaml("docker-compose.yml").path("services").path("jmsg-errors").path("environment")
        .fieldNames().forEachRemaining(names::add);

    assertThat(names).contains("KAFKA_BOOTSTRAP_SERVERS");
    assertThat(undocumented(names)).as("not in %s", CONTRACT.source()).isEmpty();
  }

  @Test
  void shouldSetOnlyDocumentedVariablesInEveryKustomization() {
    for (String directory : Kustomize.DIRECTORIES) {
      assertThat(undocumented(k8sNames(directory))).as("%s: not in %s", directory, CONTRACT.source()).isEmpty();
    }
  }

  @Test
  void shouldSetOnlyDocumentedVariablesInTheImage() {
    Set<String> names = DockerfileInstructions.parse(DeployFiles.read("Dockerfile")).envNames();

    assertThat(names).contains("STATE_DIR", "HTTP_PORT");
    assertThat(undocumented(names)).as("not in %s", CONTRACT.source()).isEmpty();
  }

  @Test
  void shouldPassSecretsThroughFilesNotValues() {
    JsonNode config = Kustomize.configData(Kustomize.render("k8s/overlays/example"));

    assertThat(config.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
    assertThat(config.path("KAFKA_SASL_MECHANISM").asText()).startsWith("SCRAM-");
    assertThat(config.has("KAFKA_SASL_JAAS_CONFIG")).isFalse();
    assertThat(config.path("KAFKA_SASL_JAAS_CONFIG_FILE").asText()).startsWith("/etc/jmsg-errors/kafka/");
  }

  @Test
  void shouldRejectAMisspelledPassThroughAndAcceptFileForms() {
    assertThat(CONTRACT.accepts("KAFKA_BOOTSTRAP_SERVER")).isFalse();
    assertThat(CONTRACT.accepts("KAFKA_SASL_JAAS_CONFIG_FILE")).isTrue();
    assertThat(CONTRACT.accepts("STATE_DIRECTORY")).isFalse();
    assertThat(CONTRACT.accepts("SPIKE_RATIO")).isTrue();
  }

  @Test
  void shouldReadTheNamesOfTheReadmeConfigurationTable() {
    String readme = """
        | Variable | Default | Meaning |
        |---|---|---|
        | `INPUT_TOPICS` | `jmessage.logs` | input |
        | `HTTP_PORT` | `8080` | port |
        | `jmessage_errors_total` | counter | not an env var |
        """;

    assertThat(EnvContract.tableNames(readme)).containsExactly("HTTP_PORT", "INPUT_TOPICS");
  }
}
