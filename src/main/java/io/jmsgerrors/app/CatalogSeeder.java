package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.serde.CatalogRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the catalog topic from the built-in catalog: writes a code when the topic lacks it, or when
 * its record was written by an older built-in catalog with other content. Records written by
 * operators (any other origin) are never overwritten.
 */
final class CatalogSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);

  private CatalogSeeder() {}

  static int seed(String topic, Catalog catalog, Properties consumerProps, Properties producerProps) {
    Map<Integer, CatalogRecords.Value> current = readAll(topic, consumerProps);
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
      for (CatalogRecords.Value builtIn : CatalogRecords.fromCatalog(catalog)) {
        CatalogRecords.Value existing = current.get(builtIn.code());
        if (existing == null || (existing.builtIn() && !existing.entries().equals(builtIn.entries()))) {
          sent.add(producer.send(new ProducerRecord<>(topic, Integer.toString(builtIn.code()), CatalogRecords.encode(builtIn))));
        }
      }
      producer.flush();
    }
    int written = 0;
    Throwable firstFailure = null;
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get();
        written++;
      } catch (ExecutionException e) {
        firstFailure = firstFailure == null ? e.getCause() : firstFailure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FatalException("interrupted while seeding the catalog topic " + topic);
      }
    }
    LOG.info("catalog topic {}: {} codes present, {} written from the built-in catalog {}",
        topic, current.size(), written, catalog.version());
    if (firstFailure != null) {
      // the service still works: a code the topic lacks is looked up in the built-in catalog
      LOG.warn("catalog topic {}: {} of {} records not written ({}); the built-in catalog answers for those codes",
          topic, sent.size() - written, sent.size(), firstFailure.toString());
    }
    return written;
  }

  static Map<Integer, CatalogRecords.Value> readAll(String topic, Properties consumerProps) {
    Map<Integer, CatalogRecords.Value> out = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new FatalException("timed out reading the catalog topic " + topic);
        }
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          Optional<CatalogRecords.Value> v = CatalogRecords.decode(r.value());
          if (v.isPresent()) {
            out.put(v.get().code(), v.get());
          } else if (r.key() != null && r.value() == null) {
            out.remove(parseCode(r.key()));
          }
        }
      }
    }
    return out;
  }

  private static Integer parseCode(String key) {
    try {
      return Integer.parseInt(key.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
