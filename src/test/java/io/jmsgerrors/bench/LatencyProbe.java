package io.jmsgerrors.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Produces records at a fixed rate and measures, for each enriched event the service writes, the
 * time from the producer's {@code send} of its origin record to its arrival at a
 * {@code read_committed} consumer of the enriched topic.
 */
final class LatencyProbe {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Long, Long> sentNanos = new ConcurrentHashMap<>();
  private final List<Long> latenciesNanos = new ArrayList<>();
  private final AtomicLong produced = new AtomicLong();
  /** Latencies by the {@link #BUCKET} of their send time, to see when in the run the slow ones were sent. */
  private final Map<Long, List<Long>> byBucket = new java.util.TreeMap<>();
  private static final long BUCKET = TimeUnit.SECONDS.toNanos(5);
  private long startNanos;
  private long startMillis;

  record Result(double rate, long produced, long samples, double p50Ms, double p99Ms, double maxMs,
      List<String> timeline) {}

  private static long key(int partition, long offset) {
    return ((long) partition << 48) | offset;
  }

  Result run(String bootstrap, String input, String enriched, int partitions, CorpusLoader corpus, double rate,
      Duration length) throws InterruptedException {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> tps = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        tps.add(new TopicPartition(enriched, p));
      }
      consumer.assign(tps);
      consumer.seekToEnd(tps);
      tps.forEach(consumer::position);
      startNanos = System.nanoTime();
      startMillis = System.currentTimeMillis();
      Thread producer = new Thread(() -> produce(bootstrap, input, corpus, rate, length), "latency-producer");
      producer.start();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < quietUntil) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
          record(r, System.nanoTime());
        }
        if (!producer.isAlive() && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        }
      }
      producer.join();
    }
    long[] sorted = latenciesNanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    List<String> timeline = new ArrayList<>();
    byBucket.forEach((bucket, list) -> {
      long[] b = list.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(b);
      timeline.add(String.format("%s n=%d p50=%.0f p99=%.0f max=%.0f",
          java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(startMillis + bucket * BUCKET / 1_000_000),
              java.time.ZoneOffset.UTC).withNano(0),
          b.length, pct(b, 0.5), pct(b, 0.99), b[b.length - 1] / 1e6));
    });
    return new Result(rate, produced.get(), sorted.length, pct(sorted, 0.50), pct(sorted, 0.99),
        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, timeline);
  }

  private void record(ConsumerRecord<byte[], byte[]> r, long now) {
    try {
      JsonNode origin = JSON.readTree(r.value()).path("origin");
      Long sent = sentNanos.get(key(origin.path("partition").asInt(), origin.path("offset").asLong()));
      if (sent != null) {
        latenciesNanos.add(now - sent);
        byBucket.computeIfAbsent((sent - startNanos) / BUCKET, b -> new ArrayList<>()).add(now - sent);
      }
    } catch (IOException e) {
      throw new IllegalStateException("unreadable enriched record", e);
    }
  }

  private void produce(String bootstrap, String topic, CorpusLoader corpus, double rate, Duration length) {
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long sent = 0;
    try (Producer<byte[], byte[]> p = CorpusLoader.producer(bootstrap, 5)) {
      while (true) {
        long now = System.nanoTime();
        if (now >= end) {
          break;
        }
        long due = (long) ((now - start) / 1e9 * rate);
        while (sent < due) {
          long t = System.nanoTime();
          p.send(new ProducerRecord<>(topic, corpus.next()), (md, ex) -> {
            if (ex == null) {
              sentNanos.put(key(md.partition(), md.offset()), t);
            }
          });
          sent++;
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      p.flush();
    }
    produced.set(sent);
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
