package io.jmsgerrors.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The environment variables the service documents: the README configuration table (first column
 * a backticked name), or the contract list until that table exists; plus KAFKA_* pass-through
 * variables naming a real Kafka client property, and the X_FILE form of any accepted X.
 */
final class EnvContract {
  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|");
  private static final String FALLBACK = "/deploy/env-contract.txt";

  private static final Set<String> KAFKA_PROPERTIES = kafkaProperties();

  private final Set<String> documented;
  private final String source;

  private EnvContract(Set<String> documented, String source) {
    this.documented = Set.copyOf(documented);
    this.source = source;
  }

  static EnvContract load() {
    Set<String> fromReadme = tableNames(DeployFiles.read("README.md"));
    return fromReadme.isEmpty() ? new EnvContract(fallback(), FALLBACK) : new EnvContract(fromReadme, "README.md");
  }

  static Set<String> tableNames(String markdown) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = TABLE_ROW.matcher(markdown);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  boolean accepts(String name) {
    if (documented.contains(name)) {
      return true;
    }
    if (name.endsWith("_FILE")) {
      return accepts(name.substring(0, name.length() - "_FILE".length()));
    }
    return name.startsWith("KAFKA_") && KAFKA_PROPERTIES.contains(passThroughProperty(name));
  }

  /** The Kafka client property a pass-through variable sets: KAFKA_SASL_JAAS_CONFIG is sasl.jaas.config. */
  static String passThroughProperty(String name) {
    return name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
  }

  Set<String> documented() {
    return documented;
  }

  String source() {
    return source;
  }

  private static Set<String> kafkaProperties() {
    Set<String> names = new TreeSet<>();
    names.addAll(StreamsConfig.configDef().names());
    names.addAll(ConsumerConfig.configNames());
    names.addAll(ProducerConfig.configNames());
    names.addAll(AdminClientConfig.configNames());
    return names;
  }

  private static Set<String> fallback() {
    try (InputStream in = EnvContract.class.getResourceAsStream(FALLBACK)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + FALLBACK);
      }
      Set<String> names = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
