package io.jmsgerrors.rules;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the metric names a PromQL expression selects, so a misspelt metric can be caught statically. */
final class PromQlNames {
  private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
  private static final Pattern LABEL_LISTS =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
      "group_left", "group_right", "offset", "bool", "atan2", "inf", "nan", "Inf", "NaN");

  private PromQlNames() {}

  /** Replaces Grafana variables with values that keep the expression valid PromQL. */
  static String substituteGrafanaVariables(String expr, String code, String appkey) {
    return expr
        .replace("$__rate_interval", "1m").replace("${__rate_interval}", "1m")
        .replace("$__interval", "1m").replace("${__interval}", "1m")
        .replace("$__range", "5m").replace("${__range}", "5m")
        .replace("${code}", code).replace("$code", code)
        .replace("${appkey}", appkey).replace("$appkey", appkey)
        .replace("${platform}", ".+").replace("$platform", ".+");
  }

  /** The metric names selected by the expression (functions, keywords and label names left out). */
  static Set<String> metricNames(String expr) {
    String s = STRINGS.matcher(expr).replaceAll("\"\"");
    s = MATCHERS.matcher(s).replaceAll(" ");
    s = RANGES.matcher(s).replaceAll(" ");
    s = LABEL_LISTS.matcher(s).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(s);
    while (m.find()) {
      boolean function = m.group(2) != null;
      String name = m.group(1);
      if (!function && !KEYWORDS.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
