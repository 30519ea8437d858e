package io.jmsgerrors.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile as its instructions (continuations joined, comments dropped), grouped by stage. */
public record DockerfileInstructions(List<Instruction> instructions) {
  private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");

  public record Instruction(int stage, String keyword, String arguments) {}

  public static DockerfileInstructions parse(String dockerfile) {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int stage = -1;
    for (String line : dockerfile.split("\n")) {
      String trimmed = line.strip();
      if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      pending.append(trimmed);
      String[] parts = pending.toString().split("\\s+", 2);
      String keyword = parts[0].toUpperCase(Locale.ROOT);
      stage += keyword.equals("FROM") ? 1 : 0;
      instructions.add(new Instruction(stage, keyword, parts.length > 1 ? parts[1] : ""));
      pending.setLength(0);
    }
    return new DockerfileInstructions(List.copyOf(instructions));
  }

  List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  int lastStage() {
    return instructions.get(instructions.size() - 1).stage();
  }

  public List<Instruction> inFinalStage(String keyword) {
    return all(keyword).stream().filter(i -> i.stage() == lastStage()).toList();
  }

  Set<String> envNames() {
    Set<String> names = new TreeSet<>();
    inFinalStage("ENV").forEach(env -> {
      Matcher matcher = ENV_PAIR.matcher(env.arguments());
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    });
    return names;
  }

  /** The exec-form (JSON array) arguments of an instruction such as ENTRYPOINT or HEALTHCHECK CMD. */
  public static List<String> execForm(String json) {
    try {
      return new ObjectMapper().readValue(json.substring(json.indexOf('[')), new TypeReference<List<String>>() {});
    } catch (Exception e) {
      throw new IllegalArgumentException("not an exec-form JSON array: " + json, e);
    }
  }
}
