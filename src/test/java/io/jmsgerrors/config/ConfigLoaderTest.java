package io.jmsgerrors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.internals.ClientUtils;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Map<Setting, String> NO_FLAGS = new EnumMap<>(Setting.class);

  @Test
  void defaultsStartTheEmbeddedBrokerWithTheDocumentedTopics() {
    AppConfig c = ConfigLoader.load(Map.of(), NO_FLAGS);
    assertThat(c.embedded()).isTrue();
    assertThat(c.applicationId()).isEqualTo("jmsg-errors");
    assertThat(c.inputTopics().names()).containsExactly("jmessage.logs");
    assertThat(c.enrichedTopic()).isEqualTo("jmessage.errors.enriched");
    assertThat(c.ratesTopic()).isEqualTo("jmessage.errors.rates");
    assertThat(c.dlqTopic()).isEqualTo("jmessage.logs.dlq");
    assertThat(c.catalogTopic()).isEqualTo("jmessage.codes");
    assertThat(c.alertsTopic()).isEqualTo("jmessage.errors.alerts");
    assertThat(c.httpPort()).isEqualTo(8080);
    assertThat(c.windowSize()).isEqualTo(Duration.ofMinutes(1));
    assertThat(c.exactlyOnce()).isTrue();
    assertThat(c.metricsMaxAppkeys()).isEqualTo(100);
  }

  @Test
  void flagsWinOverEnvironmentVariablesWhichWinOverDefaults() {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.HTTP_PORT, "9100");
    AppConfig c = ConfigLoader.load(Map.of("HTTP_PORT", "9000", "WINDOW_GRACE", "2m"), flags);
    assertThat(c.httpPort()).isEqualTo(9100);
    assertThat(c.windowGrace()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void advertisedAddressMayBeABareHostThatGetsTheHttpPort() {
    assertThat(ConfigLoader.load(Map.of("ADVERTISED_HTTP_ADDRESS", "10.1.2.3", "HTTP_PORT", "8081"), NO_FLAGS)
        .applicationServer()).contains("10.1.2.3:8081");
    assertThat(ConfigLoader.load(Map.of("ADVERTISED_HTTP_ADDRESS", "pod-0.svc:9000"), NO_FLAGS).applicationServer())
        .contains("pod-0.svc:9000");
    assertThat(ConfigLoader.load(Map.of(), NO_FLAGS).applicationServer()).contains("127.0.0.1:8080");
  }

  @Test
  void inputTopicsMayBeAListOrARegex() {
    assertThat(ConfigLoader.load(Map.of("INPUT_TOPICS", "a.logs, b.logs"), NO_FLAGS).inputTopics().names())
        .containsExactly("a.logs", "b.logs");
    InputTopics pattern = ConfigLoader.load(Map.of("INPUT_TOPICS", "/app-.*\\.logs/"), NO_FLAGS).inputTopics();
    assertThat(pattern.isPattern()).isTrue();
    assertThat(pattern.pattern().matcher("app-chat.logs").matches()).isTrue();
  }

  @Test
  void kafkaVariablesPassThroughAsClientProperties(@TempDir Path dir) throws Exception {
    Path jaas = dir.resolve("jaas");
    Files.writeString(jaas, "org.apache.kafka.common.security.scram.ScramLoginModule required;\n");
    AppConfig c = ConfigLoader.load(Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", "kafka:9093",
        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
        "KAFKA_SASL_JAAS_CONFIG_FILE", jaas.toString()), NO_FLAGS);
    assertThat(c.bootstrapServers()).contains("kafka:9093");
    assertThat(c.kafkaOverrides()).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    Properties admin = KafkaProperties.admin(c, "kafka:9093");
    assertThat(admin).containsEntry("security.protocol", "SASL_SSL").containsKey("sasl.jaas.config");
    Properties streams = KafkaProperties.streams(c, "kafka:9093");
    assertThat(streams).containsEntry("security.protocol", "SASL_SSL").containsEntry("application.id", "jmsg-errors");
  }

  @Test
  void tasksDoNotIdleUnlessAPassThroughVariableSaysSo() {
    Properties defaults = KafkaProperties.streams(ConfigLoader.load(Map.of(), NO_FLAGS), "kafka:9093");
    assertThat(defaults).containsEntry("max.task.idle.ms", -1L);
    Properties idling = KafkaProperties.streams(ConfigLoader.load(Map.of("KAFKA_MAX_TASK_IDLE_MS", "500"), NO_FLAGS), "kafka:9093");
    assertThat(idling).containsEntry("max.task.idle.ms", "500");
  }

  @Test
  void theUncommittedBytesLimitIsOffUnlessTransactionalStoresAreOn() {
    Properties defaults = KafkaProperties.streams(ConfigLoader.load(Map.of(), NO_FLAGS), "kafka:9093");
    assertThat(defaults).containsEntry("statestore.uncommitted.max.bytes", -1L);
    Properties transactional = KafkaProperties.streams(
        ConfigLoader.load(Map.of("KAFKA_ENABLE_TRANSACTIONAL_STATESTORES", "true"), NO_FLAGS), "kafka:9093");
    assertThat(transactional).doesNotContainKey("statestore.uncommitted.max.bytes");
    Properties limited = KafkaProperties.streams(
        ConfigLoader.load(Map.of("KAFKA_STATESTORE_UNCOMMITTED_MAX_BYTES", "1000"), NO_FLAGS), "kafka:9093");
    assertThat(limited).containsEntry("statestore.uncommitted.max.bytes", "1000");
  }

  @Test
  void thePartitionAssignorSeesTheGlobalProcessingExceptionHandlerOn() {
    Properties p = KafkaProperties.streams(ConfigLoader.load(Map.of(), NO_FLAGS), "kafka:9093");
    Map<String, Object> mainConsumer = new StreamsConfig(p).getMainConsumerConfigs("g", "c", 0);
    ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(StreamsConfig.class);
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    log.addAppender(seen);
    try {
      // the config Kafka Streams' partition assignor (AssignorConfiguration) builds from the main
      // consumer's properties at every start
      new ClientUtils.QuietStreamsConfig(mainConsumer);
    } finally {
      log.detachAppender(seen);
    }
    assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.contains("Processing exception handler is not enabled"));
  }

  @Test
  void aPassThroughVariableMayNotSetWhatASettingOwns() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("KAFKA_APPLICATION_ID", "x"), NO_FLAGS))
        .isInstanceOf(ConfigException.class).hasMessageContaining("use APPLICATION_ID instead");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("KAFKA_PROCESSING_GUARANTEE", "at_least_once"), NO_FLAGS))
        .hasMessageContaining("use PROCESSING_GUARANTEE instead");
  }

  @Test
  void aValueAndItsFileTogetherAreAConflict(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("port");
    Files.writeString(f, "9000");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("HTTP_PORT", "1", "HTTP_PORT_FILE", f.toString()), NO_FLAGS))
        .hasMessageContaining("either HTTP_PORT or HTTP_PORT_FILE");
    assertThat(ConfigLoader.load(Map.of("HTTP_PORT_FILE", f.toString()), NO_FLAGS).httpPort()).isEqualTo(9000);
  }

  @Test
  void badValuesAreOneClearMessageNamingTheSetting() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("HTTP_PORT", "eighty"), NO_FLAGS))
        .hasMessage("HTTP_PORT must be a whole number, not 'eighty'");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("WINDOW_GRACE", "soon"), NO_FLAGS))
        .hasMessageStartingWith("WINDOW_GRACE: not a duration");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("PROCESSING_GUARANTEE", "exactly_once"), NO_FLAGS))
        .hasMessageContaining("exactly_once_v2 or at_least_once");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("ENRICHED_TOPIC", "bad topic"), NO_FLAGS))
        .hasMessageContaining("not a legal Kafka topic name");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("HTTP_PORT_FILE", "/nonexistent/secret"), NO_FLAGS))
        .hasMessageContaining("cannot read file");
  }

  @Test
  void secretFileContentsNeverAppearInErrorMessages(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("port");
    Files.writeString(f, "s3cr3t-value");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("HTTP_PORT_FILE", f.toString()), NO_FLAGS))
        .hasMessageContaining("HTTP_PORT");
  }
}
