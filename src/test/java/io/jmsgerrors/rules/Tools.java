package io.jmsgerrors.rules;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds and runs Debian's Prometheus binaries (promtool, prometheus); installed by scripts/deps/prometheus.sh. */
final class Tools {
  static final String INSTALL_HINT = "install Debian's `prometheus` package: scripts/deps/prometheus.sh";

  /** The result of a finished command. */
  record Result(int exitCode, String output) {}

  private Tools() {}

  /** The binary on PATH (or in /usr/bin), or empty when it is not installed. */
  static Optional<Path> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Path require(String name) {
    return find(name).orElseThrow(() -> new AssertionError(name + " is not installed: " + INSTALL_HINT));
  }

  /** Runs a command in a directory, merging stderr into the output, with a timeout. */
  static Result run(Path dir, List<String> command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }
}
