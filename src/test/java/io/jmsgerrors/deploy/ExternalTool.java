package io.jmsgerrors.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool installed by scripts/deps/deploy.sh; a missing tool fails the test. */
final class ExternalTool {
  private static final long TIMEOUT_SECONDS = 120;

  record Result(int exitCode, String stdout, String stderr) {
    String output() {
      return stdout + stderr;
    }
  }

  private ExternalTool() {}

  static boolean onPath(String executable) {
    if (executable.contains("/")) {
      return Files.isExecutable(Path.of(executable));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
        return true;
      }
    }
    return false;
  }

  static void require(String executable) {
    if (!onPath(executable)) {
      fail("'" + executable + "' is not on PATH: install the deployment tools with "
          + "`bash scripts/deps/deploy.sh` (as root)");
    }
  }

  static Result run(List<String> command) {
    return run(command, Map.of());
  }

  static Result run(List<String> command, Map<String, String> environment) {
    require(command.get(0));
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(DeployFiles.root().toFile());
    builder.environment().putAll(environment);
    try {
      Path out = Files.createTempFile("tool", ".out");
      Path err = Files.createTempFile("tool", ".err");
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    }
  }
}
