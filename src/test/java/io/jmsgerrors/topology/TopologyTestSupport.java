package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.ConfigLoader;
import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.config.Setting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A TopologyTestDriver set up through the production config path, with helpers for the topics. */
final class TopologyTestSupport implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final String APPKEY = "4f7aef34fb361292c566a1cd";

  final AppConfig config;
  final TopologyTestDriver driver;
  final TestInputTopic<byte[], byte[]> logs;
  final TestInputTopic<String, byte[]> catalogTopic;
  final TestOutputTopic<byte[], byte[]> enriched;
  final TestOutputTopic<byte[], byte[]> rates;
  final TestOutputTopic<byte[], byte[]> dlq;
  final TestOutputTopic<byte[], byte[]> alerts;

  TopologyTestSupport(Map<String, String> env) throws Exception {
    this(env, Map.of());
  }

  /** With {@code streamsOverrides} put over the production Kafka Streams properties. */
  TopologyTestSupport(Map<String, String> env, Map<String, Object> streamsOverrides) throws Exception {
    Map<String, String> e = new HashMap<>(env);
    e.putIfAbsent("STATE_DIR", Files.createTempDirectory("jmsg-ttd").toString());
    config = ConfigLoader.load(e, new EnumMap<>(Setting.class));
    Properties props = KafkaProperties.streams(config, "dummy:9092");
    props.putAll(streamsOverrides);
    driver = new TopologyTestDriver(TopologyFactory.build(TopologyConfig.from(config, Catalog.builtIn())), props);
    logs = driver.createInputTopic(config.inputTopics().names().get(0),
        Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
    catalogTopic = driver.createInputTopic(config.catalogTopic(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer());
    enriched = output(config.enrichedTopic());
    rates = output(config.ratesTopic());
    dlq = output(config.dlqTopic());
    alerts = output(config.alertsTopic());
  }

  TopologyTestSupport() throws Exception {
    this(Map.of());
  }

  /**
   * The service's Kafka Streams properties ({@link KafkaProperties#streams}, every setting at its
   * default) for a processor or store test of its own, with a new state directory.
   */
  static Properties streamsProperties(String applicationId) throws java.io.IOException {
    AppConfig c = ConfigLoader.load(Map.of("APPLICATION_ID", applicationId,
        "STATE_DIR", Files.createTempDirectory(applicationId).toString()), new EnumMap<>(Setting.class));
    return KafkaProperties.streams(c, "dummy:9092");
  }

  private TestOutputTopic<byte[], byte[]> output(String topic) {
    return driver.createOutputTopic(topic, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
  }

  void send(String line, Instant at) {
    logs.pipeInput(new TestRecord<>(null, line.getBytes(StandardCharsets.UTF_8), at));
  }

  static String restError(int code, String appkey) {
    return "ERROR [http-nio-8080-exec-3] c.e.im.JMessageGateway - send failed, appkey="
        + appkey + " response: {\"error\":{\"code\":" + code + ",\"message\":\"msg send too fast\"}}";
  }

  static String plainLine() {
    return "2026-11-25 10:00:01.200 INFO [main] c.e.im.Bootstrap - connected to 10.0.0.8:8080 in 803 ms";
  }

  List<TestRecord<byte[], byte[]>> allOf(TestOutputTopic<byte[], byte[]> topic) {
    return topic.readRecordsToList();
  }

  @Override
  public void close() {
    driver.close();
  }
}
