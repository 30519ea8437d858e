package io.jmsgerrors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: its configuration table is exactly the settings the service reads
 * ({@link Setting}), and .ci/run runs the README's test command. Regenerate the table with
 * {@code -Djmsg.regenerate=true}.
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  static final String START = "<!-- config-table:start (generated from Setting.java by ReadmeTest) -->";
  static final String END = "<!-- config-table:end -->";
  static final String TEST_COMMAND = "./mvnw -B -ntp verify";
  static final String RUN_COMMAND = "java -jar target/jmsg-errors.jar run --demo";

  @Test
  void configTableListsEverySettingWithItsDefaultAndDoc() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf(START);
    int to = readme.indexOf(END);
    assertThat(from).as("README has the config table markers").isNotNegative();
    assertThat(to).isGreaterThan(from);
    String expected = table();
    String actual = readme.substring(from + START.length(), to);
    if (Boolean.getBoolean("jmsg.regenerate") && !actual.equals(expected)) {
      Files.writeString(README, readme.substring(0, from + START.length()) + expected + readme.substring(to),
          StandardCharsets.UTF_8);
      actual = expected;
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void readmeHoldsBothCommandsAndCiRunsTheTestCommand() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).contains(TEST_COMMAND).contains(RUN_COMMAND);
    assertThat(Files.readString(Path.of(".ci", "run"), StandardCharsets.UTF_8)).contains(TEST_COMMAND);
  }

  static String table() {
    StringBuilder b = new StringBuilder("\n| variable | default | meaning |\n|---|---|---|\n");
    for (Setting s : Setting.values()) {
      b.append("| `").append(s.env()).append("` | ")
          .append(s.defaultValue().isEmpty() ? "(unset)" : "`" + s.defaultValue() + "`")
          .append(" | ").append(s.doc().replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }
}
