package io.jmsgerrors.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildJvmIT {
  @Test
  void shouldRunTheServiceMainInAChildJvmAndReturnItsExitCode() {
    try (ChildJvm service = ChildJvm.service(Map.of("LOG_LEVEL", "WARN"), "--version")) {
      assertThat(service.waitForExit(Duration.ofSeconds(60))).isZero();
      assertThat(service.output()).contains("jmsg-errors");
    }
  }

  @Test
  void shouldRunThePackagedJarInAChildJvm() {
    try (ChildJvm service = ChildJvm.serviceFromJar(Map.of(), "--version")) {
      assertThat(service.waitForExit(Duration.ofSeconds(60))).isZero();
      assertThat(service.output()).contains("jmsg-errors", "catalog");
    }
  }
}
