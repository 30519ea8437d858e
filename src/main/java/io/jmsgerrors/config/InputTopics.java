package io.jmsgerrors.config;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The input topics: a list of names, or a pattern written as {@code /regex/}. */
public record InputTopics(List<String> names, Pattern pattern) {

  public InputTopics {
    if ((names == null || names.isEmpty()) == (pattern == null)) {
      throw new IllegalArgumentException("input topics need either names or a pattern");
    }
    names = names == null ? List.of() : List.copyOf(names);
  }

  public static InputTopics parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.length() >= 2 && t.startsWith("/") && t.endsWith("/")) {
      try {
        return new InputTopics(null, Pattern.compile(t.substring(1, t.length() - 1)));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("INPUT_TOPICS: bad regex " + t + ": " + e.getDescription());
      }
    }
    List<String> names = Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("INPUT_TOPICS is empty");
    }
    names.forEach(TopicNames::validate);
    return new InputTopics(names, null);
  }

  public boolean isPattern() {
    return pattern != null;
  }

  @Override
  public String toString() {
    return isPattern() ? "/" + pattern.pattern() + "/" : String.join(",", names);
  }
}
