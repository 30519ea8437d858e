package io.jmsgerrors.config;

import java.util.regex.Pattern;

/** Validates Kafka topic names the way the broker does, with a message that names the problem. */
final class TopicNames {
  private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  private TopicNames() {}

  static String validate(String name) {
    if (name == null || !LEGAL.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a legal Kafka topic name (1-249 of a-z A-Z 0-9 . _ -)");
    }
    return name;
  }
}
