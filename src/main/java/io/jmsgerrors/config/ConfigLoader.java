package io.jmsgerrors.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds {@link AppConfig} from environment variables and command-line flags by a pure function.
 *
 * <p>Precedence, lowest first: defaults, environment variables, flags. A variable {@code X_FILE}
 * gives the value of {@code X} read from that file (mounted secrets). Any other {@code KAFKA_FOO_BAR}
 * variable becomes the Kafka client property {@code foo.bar}; one that would set a property the
 * service owns through a setting of its own is an error naming the setting to use instead.
 */
public final class ConfigLoader {
  static final String FILE_SUFFIX = "_FILE";
  private static final String KAFKA_PREFIX = "KAFKA_";

  /** Kafka properties that typed settings own; a pass-through variable must not set them. */
  private static final Map<String, Setting> OWNED = Map.of(
      "bootstrap.servers", Setting.KAFKA_BOOTSTRAP_SERVERS,
      "application.id", Setting.APPLICATION_ID,
      "state.dir", Setting.STATE_DIR,
      "processing.guarantee", Setting.PROCESSING_GUARANTEE,
      "num.stream.threads", Setting.NUM_STREAM_THREADS,
      "num.standby.replicas", Setting.NUM_STANDBY_REPLICAS,
      "commit.interval.ms", Setting.COMMIT_INTERVAL,
      "group.instance.id", Setting.GROUP_INSTANCE_ID,
      "application.server", Setting.ADVERTISED_HTTP_ADDRESS);

  private ConfigLoader() {}

  /** The configuration from the process environment and the given flags. */
  public static AppConfig fromEnvironment(Map<Setting, String> flags) {
    return load(System.getenv(), flags);
  }

  public static AppConfig load(Map<String, String> env, Map<Setting, String> flags) {
    Map<Setting, String> v = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      v.put(s, resolve(s, env, flags));
    }
    try {
      return build(v, kafkaOverrides(env));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static String resolve(Setting s, Map<String, String> env, Map<Setting, String> flags) {
    String flag = flags.get(s);
    if (flag != null) {
      return flag.trim();
    }
    String value = env.get(s.env());
    String file = env.get(s.env() + FILE_SUFFIX);
    if (value != null && file != null) {
      throw new ConfigException("set either " + s.env() + " or " + s.env() + FILE_SUFFIX + ", not both");
    }
    if (file != null) {
      return readSecretFile(s.env() + FILE_SUFFIX, file);
    }
    return value == null ? s.defaultValue() : value.trim();
  }

  static Map<String, String> kafkaOverrides(Map<String, String> env) {
    Set<String> settingNames = new java.util.HashSet<>();
    for (Setting s : Setting.values()) {
      settingNames.add(s.env());
      settingNames.add(s.env() + FILE_SUFFIX);
    }
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
      String name = e.getKey();
      if (!name.startsWith(KAFKA_PREFIX) || settingNames.contains(name)) {
        continue;
      }
      boolean fromFile = name.endsWith(FILE_SUFFIX);
      String base = fromFile ? name.substring(0, name.length() - FILE_SUFFIX.length()) : name;
      String property = base.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
      if (property.isEmpty()) {
        continue;
      }
      Setting owner = OWNED.get(property);
      if (owner != null) {
        throw new ConfigException(name + " would set Kafka property '" + property + "'; use " + owner.env() + " instead");
      }
      String value = fromFile ? readSecretFile(name, e.getValue()) : e.getValue();
      if (out.put(property, value) != null) {
        throw new ConfigException("Kafka property '" + property + "' is set twice (" + base + " and " + base + FILE_SUFFIX + ")");
      }
    }
    return out;
  }

  private static AppConfig build(Map<Setting, String> v, Map<String, String> overrides) {
    Function<Setting, String> s = v::get;
    return new AppConfig(
        optional(s.apply(Setting.KAFKA_BOOTSTRAP_SERVERS)),
        s.apply(Setting.APPLICATION_ID),
        InputTopics.parse(s.apply(Setting.INPUT_TOPICS)),
        s.apply(Setting.ENRICHED_TOPIC),
        s.apply(Setting.RATES_TOPIC),
        s.apply(Setting.DLQ_TOPIC),
        s.apply(Setting.CATALOG_TOPIC),
        s.apply(Setting.ALERTS_TOPIC),
        Path.of(s.apply(Setting.STATE_DIR)),
        integer(v, Setting.HTTP_PORT),
        s.apply(Setting.HTTP_BIND_ADDRESS),
        optional(s.apply(Setting.ADVERTISED_HTTP_ADDRESS)),
        duration(v, Setting.WINDOW_SIZE),
        duration(v, Setting.WINDOW_GRACE),
        s.apply(Setting.PROCESSING_GUARANTEE).toLowerCase(Locale.ROOT),
        integer(v, Setting.NUM_STREAM_THREADS),
        integer(v, Setting.NUM_STANDBY_REPLICAS),
        duration(v, Setting.COMMIT_INTERVAL),
        integer(v, Setting.TOPIC_PARTITIONS),
        (short) integer(v, Setting.TOPIC_REPLICATION_FACTOR),
        integer(v, Setting.MAX_RECORD_BYTES),
        integer(v, Setting.METRICS_MAX_APPKEYS),
        decimal(v, Setting.SPIKE_RATIO),
        integer(v, Setting.SPIKE_MIN_COUNT),
        decimal(v, Setting.SPIKE_EWMA_ALPHA),
        integer(v, Setting.SPIKE_WARMUP_WINDOWS),
        duration(v, Setting.BROKER_WAIT_TIMEOUT),
        Path.of(s.apply(Setting.EMBEDDED_KAFKA_DIR)),
        integer(v, Setting.EMBEDDED_KAFKA_PORT),
        optional(s.apply(Setting.GROUP_INSTANCE_ID)),
        s.apply(Setting.LOG_LEVEL).toUpperCase(Locale.ROOT),
        overrides);
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static int integer(Map<Setting, String> v, Setting s) {
    try {
      return Integer.parseInt(v.get(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(s.env() + " must be a whole number, not '" + v.get(s) + "'");
    }
  }

  private static double decimal(Map<Setting, String> v, Setting s) {
    try {
      return Double.parseDouble(v.get(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(s.env() + " must be a number, not '" + v.get(s) + "'");
    }
  }

  private static java.time.Duration duration(Map<Setting, String> v, Setting s) {
    try {
      return Durations.parse(v.get(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.env() + ": " + e.getMessage());
    }
  }

  private static String readSecretFile(String variable, String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(variable + ": cannot read file " + path + " (" + e.getClass().getSimpleName() + ")");
    }
  }
}
