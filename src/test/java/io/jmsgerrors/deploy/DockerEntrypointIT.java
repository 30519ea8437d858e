package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged jar the image copies exists and starts with the image's exact ENTRYPOINT arguments. */
class DockerEntrypointIT {
  private static final Path JAR = DeployFiles.path("target/jmsg-errors.jar");

  @Test
  void shouldPackageAnExecutableJarAtThePathTheImageCopies() throws Exception {
    assertThat(JAR).isRegularFile();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.jmsgerrors.app.Main");
    }
  }

  @Test
  void shouldAcceptTheEntrypointJvmFlagsAndTheRunCommand() {
    DockerfileInstructions dockerfile = DockerfileInstructions.parse(DeployFiles.read("Dockerfile"));
    List<String> command = new ArrayList<>();
    for (String argument : DockerfileInstructions.execForm(dockerfile.inFinalStage("ENTRYPOINT").get(0).arguments())) {
      command.add(switch (argument) {
        case "java" -> Path.of(System.getProperty("java.home"), "bin", "java").toString();
        case "/app/jmsg-errors.jar" -> JAR.toString();
        default -> argument;
      });
    }
    command.add("--help");

    ExternalTool.Result result = ExternalTool.run(command);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("run");
  }
}
