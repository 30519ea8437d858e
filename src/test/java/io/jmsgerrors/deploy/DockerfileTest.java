package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The image build steps that can be checked without a Docker engine. */
class DockerfileTest {
  private static final DockerfileInstructions DOCKERFILE = DockerfileInstructions.parse(DeployFiles.read("Dockerfile"));

  private static String builtJar() throws Exception {
    var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DeployFiles.path("pom.xml").toFile());
    String finalName = pom.getElementsByTagName("finalName").item(0).getTextContent().strip();
    return "target/" + finalName + ".jar";
  }

  private static String copiedJar() {
    return DOCKERFILE.inFinalStage("COPY").stream().map(DockerfileInstructions.Instruction::arguments)
        .filter(a -> a.startsWith("--from=build") && a.endsWith(".jar")).findFirst().orElseThrow();
  }

  @Test
  void shouldBuildWithMavenAndRunOnAJre() {
    assertThat(DOCKERFILE.all("FROM")).extracting(DockerfileInstructions.Instruction::arguments)
        .containsExactly("maven:3.9-eclipse-temurin-17 AS build", "eclipse-temurin:17-jre");
  }

  @Test
  void shouldCopyTheJarThatTheMavenBuildProduces() throws Exception {
    String buildSteps = DOCKERFILE.all("RUN").stream().filter(r -> r.stage() == 0)
        .map(DockerfileInstructions.Instruction::arguments).reduce("", String::concat);

    assertThat(builtJar()).isEqualTo("target/jmsg-errors.jar");
    assertThat(buildSteps).contains(" package ", "cp " + builtJar() + " /src/jmsg-errors.jar");
    assertThat(copiedJar()).isEqualTo("--from=build /src/jmsg-errors.jar /app/jmsg-errors.jar");
  }

  @Test
  void shouldResolveDependenciesBeforeCopyingTheSources() {
    List<String> buildStage = DOCKERFILE.instructions().stream().filter(i -> i.stage() == 0)
        .map(i -> i.keyword() + " " + i.arguments()).toList();
    int goOffline = indexOf(buildStage, "dependency:go-offline");
    int copySources = indexOf(buildStage, "COPY src/");

    assertThat(indexOf(buildStage, "COPY pom.xml")).isLessThan(goOffline);
    assertThat(goOffline).isLessThan(copySources);
  }

  @Test
  void shouldRunTheRunCommandOfTheCopiedJarWithContainerAwareHeap() {
    List<String> entrypoint = DockerfileInstructions.execForm(DOCKERFILE.inFinalStage("ENTRYPOINT").get(0).arguments());

    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(entrypoint.subList(entrypoint.size() - 3, entrypoint.size()))
        .containsExactly("-jar", "/app/jmsg-errors.jar", "run");
    assertThat(entrypoint).anyMatch(a -> a.startsWith("-XX:MaxRAMPercentage=")).contains("-XX:+ExitOnOutOfMemoryError");
    // the collector the end-to-end benchmark measured (it runs the service with these flags)
    assertThat(entrypoint).contains("-XX:+UseParallelGC");
  }

  @Test
  void shouldRunAsTheFixedNonRootUser() {
    List<DockerfileInstructions.Instruction> users = DOCKERFILE.inFinalStage("USER");

    assertThat(users).isNotEmpty();
    assertThat(users.get(users.size() - 1).arguments()).isEqualTo("10001:10001");
  }

  @Test
  void shouldCheckReadinessWithAScriptTheImageContains() throws IOException {
    String healthcheck = DOCKERFILE.inFinalStage("HEALTHCHECK").get(0).arguments();
    List<String> command = DockerfileInstructions.execForm(healthcheck);

    assertThat(command).containsExactly("bash", "/app/healthcheck.sh", "/health/ready");
    assertThat(DOCKERFILE.inFinalStage("COPY")).extracting(DockerfileInstructions.Instruction::arguments)
        .contains("docker/healthcheck.sh /app/healthcheck.sh");
    assertThat(Files.readString(DeployFiles.path("docker/healthcheck.sh"))).startsWith("#!/usr/bin/env bash");
  }

  @Test
  void shouldKeepStateOnTheVolumeAndExposeTheHttpPort() {
    var env = DOCKERFILE.inFinalStage("ENV").get(0).arguments();

    assertThat(env).contains("STATE_DIR=/var/lib/jmsg-errors/", "HTTP_PORT=8080");
    assertThat(DOCKERFILE.inFinalStage("VOLUME").get(0).arguments()).contains("/var/lib/jmsg-errors");
    assertThat(DOCKERFILE.inFinalStage("EXPOSE").get(0).arguments()).isEqualTo("8080");
  }

  @Test
  void shouldSendTheBuildOnlyWhatItCopies() {
    String dockerignore = DeployFiles.read(".dockerignore");

    assertThat(dockerignore.lines()).contains("*", "!pom.xml", "!.mvn/", "!src/", "!docker/");
    assertThat(List.of("pom.xml", ".mvn", "src/main", "docker/healthcheck.sh"))
        .allSatisfy(p -> assertThat(DeployFiles.path(p)).exists());
  }

  private static int indexOf(List<String> lines, String fragment) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no instruction contains " + fragment + " in " + lines);
  }
}
