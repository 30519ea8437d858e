package io.jmsgerrors.config;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * Builds every Kafka client's properties in one place. Precedence, lowest first: the service's
 * defaults, {@code KAFKA_*} pass-through variables, then the typed settings (which pass-through
 * variables may not set: {@link ConfigLoader} rejects that).
 */
public final class KafkaProperties {
  /** The Kafka producer's default {@code max.request.size}. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  private KafkaProperties() {}

  /** Properties of the Kafka Streams application. */
  public static Properties streams(AppConfig c, String bootstrapServers) {
    Properties p = new Properties();
    p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 32L * 1024 * 1024);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) c.topicReplicationFactor());
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, c.dlqTopic());
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    // Kafka Streams 4.4 builds its partition assignor's config from the main consumer's properties,
    // which leave this setting out, and so warns at every start that it is off; the main
    // consumer's copy (which the consumer itself ignores) keeps that warning from misleading
    p.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 20);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 128 * 1024);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 2000);
    // a task never waits for its other input partitions' fetches (nothing here depends on ordering
    // records across input topics); in Kafka Streams 4.4 the default (0) also formats a log text on
    // every readiness check of a task with an empty queue: 5-7% of the stream thread in the benchmark
    p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
    // no store is transactional unless a pass-through variable enables them, so their uncommitted
    // bytes are always 0; with a limit set (64 MB by default) the stream thread still adds them up
    // over every store of every task on each loop: 1.9% of its samples in the benchmark
    if (!"true".equalsIgnoreCase(String.valueOf(c.kafkaOverrides().get(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG)))) {
      p.put(StreamsConfig.STATESTORE_UNCOMMITTED_MAX_BYTES_CONFIG, -1L);
    }
    p.putAll(c.kafkaOverrides());
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, c.applicationId());
    p.put(StreamsConfig.STATE_DIR_CONFIG, c.stateDir().toString());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, c.processingGuarantee());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, c.numStreamThreads());
    p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, c.numStandbyReplicas());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, c.commitInterval().toMillis());
    c.applicationServer().ifPresent(a -> p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, a));
    c.groupInstanceId().ifPresent(id ->
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), id));
    return p;
  }

  /**
   * The largest request the Kafka Streams producer will send ({@code max.request.size}, from a
   * {@code KAFKA_PRODUCER_MAX_REQUEST_SIZE} or {@code KAFKA_MAX_REQUEST_SIZE} pass-through, else
   * the client default): a dead letter must fit in it.
   */
  public static int streamsProducerMaxRequestBytes(AppConfig c) {
    String v = c.kafkaOverrides().get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    if (v == null) {
      v = c.kafkaOverrides().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    }
    try {
      return v == null ? DEFAULT_MAX_REQUEST_BYTES : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException("max.request.size must be a number of bytes, not '" + v + "'");
    }
  }

  /** Properties of the admin client that waits for the cluster and creates topics. */
  public static Properties admin(AppConfig c, String bootstrapServers) {
    Properties p = common(c, bootstrapServers);
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, c.applicationId() + "-admin");
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    return p;
  }

  /** Properties of a plain producer (catalog seeding, demo feed). */
  public static Properties producer(AppConfig c, String bootstrapServers, String clientId) {
    Properties p = common(c, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    return p;
  }

  /** Properties of a plain consumer reading committed data only (catalog seeding). */
  public static Properties consumer(AppConfig c, String bootstrapServers, String clientId) {
    Properties p = common(c, bootstrapServers);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return p;
  }

  private static Properties common(AppConfig c, String bootstrapServers) {
    Properties p = new Properties();
    for (Map.Entry<String, String> e : c.kafkaOverrides().entrySet()) {
      if (isClientCommon(e.getKey())) {
        p.put(e.getKey(), e.getValue());
      }
    }
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return p;
  }

  /** Security and connection settings every client shares (SASL, TLS, DNS lookup, ...). */
  private static boolean isClientCommon(String key) {
    return key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")
        || key.equals("client.dns.lookup") || key.startsWith("metadata.") || key.startsWith("reconnect.");
  }
}
