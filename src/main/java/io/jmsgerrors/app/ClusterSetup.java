package io.jmsgerrors.app;

import io.jmsgerrors.config.AppConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Waits for the Kafka cluster with a clear message, and creates the service's topics when missing. */
public final class ClusterSetup {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterSetup.class);

  private ClusterSetup() {}

  /**
   * Waits until the cluster answers; throws {@link FatalException} with a clear message on timeout,
   * or at once when the broker rejects the credentials or the TLS handshake (retrying cannot help).
   */
  static void awaitCluster(Admin admin, String bootstrap, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long nextReport = 0;
    while (true) {
      try {
        int nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
        LOG.info("connected to Kafka at {} ({} broker{})", bootstrap, nodes, nodes == 1 ? "" : "s");
        return;
      } catch (ExecutionException | TimeoutException e) {
        if (e.getCause() instanceof AuthenticationException) {
          throw new FatalException("Kafka at " + bootstrap + " refused the connection (" + reason(e)
              + "); check the credentials and the KAFKA_SASL_* / KAFKA_SSL_* settings");
        }
        if (System.nanoTime() > deadline) {
          throw new FatalException("Kafka at " + bootstrap + " did not answer within " + timeout.toSeconds()
              + " s (" + reason(e) + "); check KAFKA_BOOTSTRAP_SERVERS and the security settings");
        }
        if (System.nanoTime() > nextReport) {
          LOG.warn("waiting for Kafka at {} ({}) ...", bootstrap, reason(e));
          nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FatalException("interrupted while waiting for Kafka at " + bootstrap);
      }
    }
  }

  /** Creates the input (when named, not a pattern), output, dead-letter and catalog topics when missing. */
  static void createTopics(Admin admin, AppConfig c) {
    Set<String> plain = new LinkedHashSet<>(c.inputTopics().names());
    plain.addAll(List.of(c.enrichedTopic(), c.ratesTopic(), c.dlqTopic(), c.alertsTopic()));
    Optional<Short> rf = c.topicReplicationFactor() == -1 ? Optional.empty() : Optional.of(c.topicReplicationFactor());
    List<NewTopic> topics = new ArrayList<>();
    for (String name : plain) {
      topics.add(new NewTopic(name, Optional.of(c.topicPartitions()), rf));
    }
    topics.add(new NewTopic(c.catalogTopic(), Optional.of(1), rf)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
    List<NewTopic> created = new ArrayList<>();
    for (NewTopic topic : topics) {
      String name = topic.name();
      try {
        results.get(name).get(30, TimeUnit.SECONDS);
        LOG.info("created topic {}", name);
        created.add(topic);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new FatalException("cannot create topic " + name + ": " + reason(e));
        }
      } catch (TimeoutException e) {
        throw new FatalException("timed out creating topic " + name);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FatalException("interrupted while creating topic " + name);
      }
    }
    awaitServed(admin, created, PARTITIONS_SERVED_TIMEOUT);
  }

  /** How long the partitions of a new topic may take to be served by their leaders. */
  static final Duration PARTITIONS_SERVED_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Waits until the leader of each partition of {@code topics} serves it (answers a ListOffsets
   * request for it). The controller acknowledges a new topic before its brokers have created the
   * partitions, and a write in between is refused (NOT_LEADER_OR_FOLLOWER); an idempotent producer
   * whose next batch of that partition is taken first then retries the refused one until its
   * delivery timeout and drops it (OUT_OF_ORDER_SEQUENCE_NUMBER; Kafka 4.4 brokers, KAFKA-15591).
   * The catalog seeder and the demo feeder write to the topics the service creates at once; the
   * tests' topic kit waits the same way.
   */
  public static void awaitServed(Admin admin, Collection<NewTopic> topics, Duration timeout) {
    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (NewTopic t : topics) {
      names.add(t.name());
      for (int p = 0; p < t.numPartitions(); p++) {
        partitions.put(new TopicPartition(t.name(), p), OffsetSpec.latest());
      }
    }
    if (partitions.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        try {
          // the admin client's metadata must know the topics first: a ListOffsets request for a
          // topic it does not know yet is retried with an ERROR log line per topic
          boolean led = admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .values().stream().allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
          if (led) {
            admin.listOffsets(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return;
          }
          if (System.nanoTime() > deadline) {
            throw new FatalException("the partitions of the topics just created had no leader within " + timeout.toSeconds() + " s");
          }
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof RetriableException)) {
            throw new FatalException("cannot read the partitions of the topics just created: " + reason(e));
          }
          if (System.nanoTime() > deadline) {
            throw new FatalException("the partitions of the topics just created were not served within "
                + timeout.toSeconds() + " s (" + reason(e) + ")");
          }
        }
        Thread.sleep(50);
      }
    } catch (TimeoutException e) {
      throw new FatalException("the partitions of the topics just created were not served within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FatalException("interrupted while waiting for the topics just created");
    }
  }

  static String reason(Exception e) {
    Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
