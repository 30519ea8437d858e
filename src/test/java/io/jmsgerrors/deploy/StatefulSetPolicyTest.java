package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The workload keeps the promises of docs/DEPLOY.md in every kustomization. */
class StatefulSetPolicyTest {
  static final List<String> DIRECTORIES = Kustomize.DIRECTORIES;

  private static StatefulSet statefulSet(String directory) {
    return (StatefulSet) StrictModel.validate(Kustomize.only(Kustomize.render(directory), "StatefulSet"));
  }

  private static Container container(StatefulSet statefulSet) {
    List<Container> containers = statefulSet.getSpec().getTemplate().getSpec().getContainers();
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldRunAsNonRootWithAReadOnlyRootAndNoCapabilities(String directory) {
    StatefulSet statefulSet = statefulSet(directory);
    var pod = statefulSet.getSpec().getTemplate().getSpec().getSecurityContext();
    var container = container(statefulSet).getSecurityContext();

    assertThat(pod.getRunAsNonRoot()).isTrue();
    assertThat(pod.getRunAsUser()).isEqualTo(10001L);
    assertThat(pod.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(container.getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(container.getCapabilities().getAdd()).isNullOrEmpty();
  }

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldKeepStateOnAClaimAndTmpOnAnEmptyDir(String directory) {
    StatefulSet statefulSet = statefulSet(directory);
    PodSpec pod = statefulSet.getSpec().getTemplate().getSpec();
    List<VolumeMount> mounts = container(statefulSet).getVolumeMounts();
    String stateDir = Kustomize.configData(Kustomize.render(directory)).path("STATE_DIR").asText();

    assertThat(statefulSet.getSpec().getVolumeClaimTemplates()).extracting(c -> c.getMetadata().getName())
        .containsExactly("state");
    assertThat(mounts).anySatisfy(m -> {
      assertThat(m.getName()).isEqualTo("state");
      assertThat(stateDir).startsWith(m.getMountPath() + "/");
    });
    assertThat(mounts).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst().orElseThrow();
    assertThat(tmp.getEmptyDir()).isNotNull();
  }

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldProbeLivenessAndReadinessOnTheHttpPort(String directory) {
    Container container = container(statefulSet(directory));
    String httpPort = Kustomize.configData(Kustomize.render(directory)).path("HTTP_PORT").asText();

    assertThat(container.getPorts()).singleElement().satisfies(p -> {
      assertThat(p.getName()).isEqualTo("http");
      assertThat(p.getContainerPort()).isEqualTo(Integer.valueOf(httpPort));
    });
    assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health/live");
    assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/ready");
    assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
  }

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldGiveStaticMembershipStandbysAndACleanShutdown(String directory) {
    StatefulSet statefulSet = statefulSet(directory);
    List<EnvVar> env = container(statefulSet).getEnv();
    var config = Kustomize.configData(Kustomize.render(directory));

    assertThat(env).anySatisfy(e -> {
      assertThat(e.getName()).isEqualTo("GROUP_INSTANCE_ID");
      assertThat(e.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
    });
    assertThat(config.path("NUM_STANDBY_REPLICAS").asInt()).isEqualTo(1);
    assertThat(statefulSet.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).isGreaterThanOrEqualTo(60L);
    assertThat(config.has("KAFKA_BOOTSTRAP_SERVERS")).as("k8s must not start the embedded broker").isTrue();
  }

  @ParameterizedTest
  @FieldSource("DIRECTORIES")
  void shouldSetResourceRequestsAndAMemoryLimit(String directory) {
    var resources = container(statefulSet(directory)).getResources();

    assertThat(resources.getRequests()).containsKeys("cpu", "memory");
    assertThat(resources.getLimits()).containsKey("memory");
  }
}
