package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.ServiceHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One service instance of a {@link Pipeline}: a state directory and HTTP port that survive
 * restarts, and the child JVM running the packaged jar now (if any).
 */
final class Instance implements AutoCloseable {
  private final Pipeline pipeline;
  private final String stateDir;
  private final ServiceHttp http;
  private final int port;
  private final Map<String, String> extraEnv = new HashMap<>();
  private final List<ChildJvm> runs = new ArrayList<>();
  private ChildJvm jvm;

  Instance(Pipeline pipeline, String stateDir, int port) {
    this.pipeline = pipeline;
    this.stateDir = stateDir;
    this.port = port;
    this.http = new ServiceHttp(port);
  }

  Instance with(String name, String value) {
    extraEnv.put(name, value);
    return this;
  }

  /** Starts the service from the jar and waits until it is ready. */
  Instance start() {
    return launch().awaitReady();
  }

  /** Starts the service from the jar without waiting. */
  Instance launch() {
    Map<String, String> env = pipeline.instanceEnv(stateDir, port);
    env.putAll(extraEnv);
    jvm = ChildJvm.serviceFromJar(env, "run");
    runs.add(jvm);
    return this;
  }

  Instance awaitReady() {
    Pipeline.awaitReady(jvm, http);
    return this;
  }

  /** {@code kill -9}. */
  void kill() {
    jvm.kill();
  }

  /**
   * SIGTERM, and checks the service closed everything and exited as a JVM does on SIGTERM: 143
   * (128 + 15; the shutdown hook cannot change it), or 0 had it stopped by itself.
   */
  void stopCleanly() {
    int code = jvm.stop(Duration.ofSeconds(90));
    String out = jvm.output();
    assertThat(code).as("exit code after SIGTERM; output:\n" + tail()).isIn(0, 143);
    assertThat(out).contains("jmsg-errors: stopped").doesNotContain("jmsg-errors: fatal");
  }

  boolean isAlive() {
    return jvm != null && jvm.isAlive();
  }

  ServiceHttp http() {
    return http;
  }

  /** Everything every run of this instance printed. */
  String output() {
    StringBuilder out = new StringBuilder();
    runs.forEach(r -> out.append(r.output()));
    return out.toString();
  }

  String tail() {
    String out = jvm == null ? "" : jvm.output();
    return out.length() <= 4000 ? out : out.substring(out.length() - 4000);
  }

  @Override
  public void close() {
    if (jvm != null) {
      jvm.close();
    }
  }
}
