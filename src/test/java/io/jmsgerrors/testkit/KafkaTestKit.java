package io.jmsgerrors.testkit;

import io.jmsgerrors.app.ClusterSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Small, timed helpers to create topics, produce and consume raw records against one broker. */
public final class KafkaTestKit {
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String bootstrapServers;

  public KafkaTestKit(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A topic or application id no other test in this JVM uses: {@code prefix-<random>}. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Admin admin() {
    return Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /**
   * Creates each topic with {@code partitions} partitions and replication factor 1, and waits until
   * the leader of every partition serves it. The controller acknowledges a new topic before the
   * broker has created its partitions; a write in between gets NOT_LEADER_OR_FOLLOWER, and an
   * idempotent producer whose next batch of that partition lands first retries the refused one
   * with OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout, then drops it (WebApiIT lost the
   * first 199 of its 300 lines that way). Kafka 4.4 brokers do that (KAFKA-15591, fixed upstream by apache/kafka#23234).
   */
  public void createTopics(int partitions, String... topics) {
    List<NewTopic> newTopics = new ArrayList<>();
    for (String topic : topics) {
      newTopics.add(new NewTopic(topic, partitions, (short) 1));
    }
    try (Admin admin = admin()) {
      await(admin.createTopics(newTopics).all());
      ClusterSetup.awaitServed(admin, newTopics, TIMEOUT);
    }
  }

  /**
   * Produces the values (null keys) and waits for all acks; in one committed transaction when asked.
   * Throws when a record was not written.
   */
  public void produce(String topic, List<byte[]> values, boolean transactional) {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = producer(transactional)) {
      if (transactional) {
        producer.initTransactions();
        producer.beginTransaction();
      }
      for (byte[] value : values) {
        sent.add(producer.send(new ProducerRecord<>(topic, value)));
      }
      if (transactional) {
        producer.commitTransaction();
      } else {
        producer.flush();
      }
    }
    awaitWritten(topic, sent);
  }

  /**
   * Waits for the sends' acks and throws, naming the topic and the cause, if any record was not
   * written: a producer's flush returns when the sends have ended, written or not.
   */
  public static void awaitWritten(String topic, List<Future<RecordMetadata>> sent) {
    int failed = 0;
    Throwable first = null;
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        failed++;
        first = first == null ? e.getCause() : first;
      } catch (TimeoutException e) {
        failed++;
        first = first == null ? e : first;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (failed > 0) {
      throw new IllegalStateException(failed + " of " + sent.size() + " records to " + topic + " not written: " + first, first);
    }
  }

  /** A producer with idempotence, acks=all, large-record limits and, if asked, a unique transactional id. */
  public KafkaProducer<byte[], byte[]> producer(boolean transactional) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, SharedKafkaBroker.MAX_MESSAGE_BYTES);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * SharedKafkaBroker.MAX_MESSAGE_BYTES);
    if (transactional) {
      props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, uniqueName("testkit-tx"));
    }
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * Reads {@code topic} from the beginning until {@code count} records arrived or {@code timeout}
   * passed, and returns what it read (check its size: fewer records means the timeout passed).
   */
  public List<ConsumerRecord<byte[], byte[]>> consumeAll(String topic, boolean readCommitted, int count, Duration timeout) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(readCommitted)) {
      consumer.subscribe(List.of(topic));
      while (records.size() < count && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /**
   * The environment of a service instance on this broker, with its own application id and topics
   * named after {@code id}, HTTP on loopback; callers add what their test needs.
   */
  public Map<String, String> serviceEnv(String id) {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    env.put("APPLICATION_ID", id);
    env.put("INPUT_TOPICS", id + ".logs");
    env.put("ENRICHED_TOPIC", id + ".enriched");
    env.put("RATES_TOPIC", id + ".rates");
    env.put("DLQ_TOPIC", id + ".dlq");
    env.put("CATALOG_TOPIC", id + ".codes");
    env.put("ALERTS_TOPIC", id + ".alerts");
    env.put("HTTP_BIND_ADDRESS", "127.0.0.1");
    return env;
  }

  /** Reads everything {@code topic} holds now: up to the end offsets seen at the start. */
  public List<ConsumerRecord<byte[], byte[]>> consumeToEnd(String topic, boolean readCommitted) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(readCommitted)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      if (!caughtUp(consumer, end)) {
        throw new AssertionError("did not reach the end of " + topic + " within " + TIMEOUT);
      }
    }
    return records;
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  public KafkaConsumer<byte[], byte[]> consumer(boolean readCommitted) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, uniqueName("testkit-reader"));
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, SharedKafkaBroker.MAX_MESSAGE_BYTES);
    props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, SharedKafkaBroker.MAX_MESSAGE_BYTES);
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static <T> T await(KafkaFuture<T> future) {
    try {
      return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends one record to each of the first {@code partitions} partitions of every topic at once,
   * each record sent once (no retries, no idempotence, acks=1), and returns what became of each
   * write under "topic-partition", in order: {@code "written"}, or the cause of its failure.
   * Whether a new topic's partitions take writes at once (KAFKA-15591). The records have a key, so
   * compacted topics take them too.
   */
  public Map<String, String> writeEachPartitionOnce(Map<String, Integer> partitionsByTopic) throws InterruptedException {
    byte[] one = "x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, Future<RecordMetadata>> sent = new java.util.LinkedHashMap<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
        ProducerConfig.ACKS_CONFIG, "1",
        ProducerConfig.RETRIES_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer())) {
      for (Map.Entry<String, Integer> t : partitionsByTopic.entrySet()) {
        for (int p = 0; p < t.getValue(); p++) {
          sent.put(t.getKey() + "-" + p, producer.send(new ProducerRecord<>(t.getKey(), p, one, one)));
        }
      }
      Map<String, String> outcomes = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, Future<RecordMetadata>> w : sent.entrySet()) {
        outcomes.put(w.getKey(), outcome(w.getValue()));
      }
      return outcomes;
    }
  }

  /** {@code "written"}, or the cause of the send's failure. */
  private static String outcome(Future<RecordMetadata> sent) throws InterruptedException {
    try {
      sent.get();
      return "written";
    } catch (ExecutionException e) {
      return e.getCause().toString();
    }
  }
}
