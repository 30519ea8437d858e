package io.jmsgerrors.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark's child JVMs run with the JVM flags the image ships, except its heap share. */
class E2eBenchJvmFlagsTest {
  @Test
  void shouldTakeTheImagesGarbageCollectorAndOomFlagsButNotItsHeapShare() throws Exception {
    assertThat(E2eBench.imageJvmFlags())
        .contains("-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError")
        .noneMatch(f -> f.startsWith("-XX:MaxRAMPercentage"))
        .allMatch(f -> f.startsWith("-XX:"));
  }

  @Test
  void shouldReadTheFinalStagesEntrypoint() throws Exception {
    String dockerfile = """
        FROM a AS build
        ENTRYPOINT ["java", "-XX:+UseSerialGC", "-jar", "x.jar"]
        FROM b
        ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50.0", "-XX:+UseParallelGC", "-Dx=y", "-jar", "/app/x.jar", "run"]
        """;

    assertThat(E2eBench.imageJvmFlags(dockerfile)).containsExactly("-XX:+UseParallelGC");
  }

  @Test
  void shouldFailWithoutAnExecFormEntrypoint() {
    assertThatThrownBy(() -> E2eBench.imageJvmFlags("FROM b\nENTRYPOINT java -jar x.jar\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ENTRYPOINT");
  }
}
