package io.jmsgerrors.testkit;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Java main class run in a child JVM on this test JVM's classpath, with its output in a log file
 * under {@code target/child-logs}; {@link #kill()} is {@code kill -9}, {@link #stop()} is SIGTERM.
 * Children still running when the test JVM exits are killed.
 */
public final class ChildJvm implements AutoCloseable {
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
  private static final Path LOG_DIR = Path.of("target", "child-logs");

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
    RUNNING.add(process);
  }

  /** Runs {@code java io.jmsgerrors.app.Main <args>} with extra environment variables: the service. */
  public static ChildJvm service(Map<String, String> env, String... args) {
    return start("io.jmsgerrors.app.Main", List.of("-Xmx512m"), env, args);
  }

  /** Like {@link #service} but on the packaged {@code target/jmsg-errors.jar}, as users run it. */
  public static ChildJvm serviceFromJar(Map<String, String> env, String... args) {
    Path jar = Path.of("target", "jmsg-errors.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the ITs with 'mvnw verify', after 'package'");
    }
    return start("io.jmsgerrors.app.Main", List.of("-Xmx512m"), jar.toString(), env, args);
  }

  /** Starts {@code mainClass} with the JVM options, extra environment variables and arguments given. */
  public static ChildJvm start(String mainClass, List<String> jvmOptions, Map<String, String> env, String... args) {
    return start(mainClass, jvmOptions, System.getProperty("java.class.path"), env, args);
  }

  private static ChildJvm start(String mainClass, List<String> jvmOptions, String classpath, Map<String, String> env,
      String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(List.of(args));
    try {
      Files.createDirectories(LOG_DIR);
      String name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
      Path log = Files.createTempFile(LOG_DIR, name + "-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new ChildJvm(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start child JVM " + mainClass, e);
    }
  }

  /** Everything the child printed so far (stdout and stderr). */
  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the child printed {@code text}; fails early, with its output, if it exits first. */
  public void awaitOutput(String text, Duration timeout) {
    await().atMost(timeout).pollInterval(Duration.ofMillis(100))
        .failFast("child JVM exited; output:\n" + tail(), () -> !process.isAlive() && !output().contains(text))
        .until(() -> output().contains(text));
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path logFile() {
    return log;
  }

  /** {@code kill -9}: the child gets no chance to clean up. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  /** SIGTERM, then waits for the exit code (killing the child if it does not end in time). */
  public int stop(Duration timeout) {
    process.destroy();
    return waitForExit(timeout);
  }

  /** Waits for the child to end by itself and returns its exit code. */
  public int waitForExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        RUNNING.remove(process);
        throw new AssertionError("child JVM did not exit within " + timeout + "; output:\n" + tail());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    RUNNING.remove(process);
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private String tail() {
    String out = output();
    return out.length() <= 4000 ? out : out.substring(out.length() - 4000);
  }
}
