package io.jmsgerrors.bench;

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
 * Produces records at a fixed rate and measures two latencies from the producer's {@code send} of
 * a record, both as seen by a {@code read_committed} consumer:
 * <ul>
 *   <li><b>enriched</b>: to the arrival of each enriched event the service writes for the record;
 *   <li><b>counted</b>: to the arrival of the count of a marker record in the changelog of the
 *       totals store ({@code <application id>-error-totals-changelog}). Besides the corpus, the
 *       probe sends {@link #MARKERS_PER_SECOND} marker lines, each with an appkey of its own, so
 *       the totals key {@code 803010|<marker appkey>|server} appears in the changelog exactly when
 *       the transaction that counted that record commits: after the repartition hop and the
 *       counting task's commit, which is what "counted" means for an exactly-once count.
 * </ul>
 */
final class LatencyProbe {
  /** Marker records per second, on top of the corpus rate: 3,000 samples in a 150-s phase. */
  static final int MARKERS_PER_SECOND = 20;
  static final int MARKER_CODE = 803010;
  private static final String MARKER_PREFIX = "mk";

  private final Map<Long, Long> sentNanos = new ConcurrentHashMap<>();
  private final Map<Long, Long> markerSentNanos = new ConcurrentHashMap<>();
  private final Samples enrichedLatency = new Samples();
  private final Samples countedLatency = new Samples();
  private final AtomicLong produced = new AtomicLong();
  private final AtomicLong markers = new AtomicLong();
  private long wrongMarkerCounts;
  private static final long BUCKET = TimeUnit.SECONDS.toNanos(5);
  private long startNanos;
  private long startMillis;

  /** One latency's percentiles, over the whole phase and per 5-s slice of send time. */
  /**
   * One latency's percentiles over the whole phase and per 5-s slice of send time; and the p99 and
   * maximum of the records sent after the first {@link #SETTLE} (when the windows of the load
   * phase have closed and their rates are written), reported beside, never instead of, the whole.
   */
  record Latency(long samples, double p50Ms, double p99Ms, double maxMs, List<String> timeline,
      double settledP99Ms, double settledMaxMs) {}

  static final long SETTLE = TimeUnit.SECONDS.toNanos(40);

  record Result(double rate, long produced, Latency enriched, long markers, Latency counted, long wrongMarkerCounts) {}

  /** The line of marker {@code seq}: an APIRequestException log line with a code and an appkey of its own. */
  static String markerLine(long seq) {
    return "ERROR cn.jmessage.api.common.connection.NativeHttpClient - APIRequestException: "
        + "{\"error\":{\"code\":" + MARKER_CODE + ",\"message\":\"user not exist\"}} appKey=" + markerAppkey(seq);
  }

  static String markerAppkey(long seq) {
    return MARKER_PREFIX + String.format("%022d", seq);
  }

  /** The totals key the service counts marker {@code seq} under (CountKey: code|appkey|platform). */
  static String markerTotalsKey(long seq) {
    return MARKER_CODE + "|" + markerAppkey(seq) + "|server";
  }

  /** The marker number of a totals key, or -1 when it is not a marker's. */
  static long markerSeq(String totalsKey) {
    String prefix = MARKER_CODE + "|" + MARKER_PREFIX;
    if (!totalsKey.startsWith(prefix) || !totalsKey.endsWith("|server")) {
      return -1;
    }
    try {
      return Long.parseLong(totalsKey, prefix.length(), totalsKey.length() - "|server".length(), 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static long key(int partition, long offset) {
    return ((long) partition << 48) | offset;
  }

  /**
   * Runs the phase. Its records are made before it starts ({@code nanosPerRecord} is what making
   * one took in the load phase, to plan the start after they are all made), each stamped with the
   * time it is due to be sent, so the probe's own work during the phase is sending and reading only:
   * made on the fly, the corpus generator took most of a core beside the service (JFR, 2026-11-26).
   * With {@code warmUpTopic}, the same producing and reading run first for {@link #WARM_UP} on that
   * topic, which the service does not read: the probe and the broker (in this JVM) compile their
   * code for this traffic there, not in the phase's first seconds on the cores the service needs.
   */
  Result run(String bootstrap, String input, String enriched, String totalsChangelog, int partitions,
      CorpusLoader corpus, double rate, Duration length, double nanosPerRecord, String warmUpTopic)
      throws InterruptedException {
    int n = (int) Math.ceil(rate * length.toSeconds());
    long plannedStart = System.currentTimeMillis() + 1000 + (long) (1.3 * n * nanosPerRecord / 1e6)
        + (warmUpTopic == null ? 0 : WARM_UP.toMillis());
    byte[][] records = new byte[n][];
    for (int i = 0; i < n; i++) {
      records[i] = corpus.nextAt(plannedStart + (long) (i * 1000.0 / rate));
    }
    if (warmUpTopic != null) {
      warmUp(bootstrap, warmUpTopic, partitions, records, rate);
    }
    long wait = plannedStart - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> tps = partitionsOf(enriched, partitions);
      consumer.partitionsFor(totalsChangelog).forEach(info -> tps.add(new TopicPartition(totalsChangelog, info.partition())));
      consumer.assign(tps);
      consumer.seekToEnd(tps);
      tps.forEach(consumer::position);
      startNanos = System.nanoTime();
      startMillis = System.currentTimeMillis();
      Thread producer = new Thread(() -> produce(bootstrap, input, records, rate, length), "latency-producer");
      producer.start();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < quietUntil) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
          if (r.topic().equals(totalsChangelog)) {
            counted(r, System.nanoTime());
          } else {
            record(r, System.nanoTime());
          }
        }
        if (!producer.isAlive() && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        }
      }
      producer.join();
    }
    return new Result(rate, produced.get(), enrichedLatency.summary(), markers.get(), countedLatency.summary(),
        wrongMarkerCounts);
  }

  private void record(ConsumerRecord<byte[], byte[]> r, long now) {
    Long sent = sentNanos.get(originKey(r.value()));
    if (sent != null) {
      enrichedLatency.add(sent, now);
    }
  }

  private static final byte[] ORIGIN = "\"origin\":{".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] PARTITION = "\"partition\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] OFFSET = "\"offset\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * The origin (partition, offset) of an enriched record as {@link #key}, read from its bytes:
   * a JSON tree per record was the probe's largest cost. Inside a JSON string every quote is
   * escaped, so the unescaped {@code "origin":{} is the field itself.
   */
  static long originKey(byte[] json) {
    int o = indexOf(json, ORIGIN, 0);
    int p = o < 0 ? -1 : indexOf(json, PARTITION, o);
    int f = p < 0 ? -1 : indexOf(json, OFFSET, p);
    if (f < 0) {
      throw new IllegalStateException("enriched record without origin: " + new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }
    return key((int) number(json, p + PARTITION.length), number(json, f + OFFSET.length));
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    outer:
    for (int i = from; i <= b.length - what.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static long number(byte[] b, int i) {
    boolean negative = b[i] == '-';
    long v = 0;
    for (int k = negative ? i + 1 : i; k < b.length && b[k] >= '0' && b[k] <= '9'; k++) {
      v = v * 10 + (b[k] - '0');
    }
    return negative ? -v : v;
  }

  static final Duration WARM_UP = Duration.ofSeconds(20);

  /** Sends the phase's first records at its rate to {@code topic} for {@link #WARM_UP}, and reads them back. */
  private static void warmUp(String bootstrap, String topic, int partitions, byte[][] records, double rate) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap);
        Producer<byte[], byte[]> p = CorpusLoader.producer(bootstrap, 5)) {
      consumer.assign(partitionsOf(topic, partitions));
      long start = System.nanoTime();
      long end = start + WARM_UP.toNanos();
      long sent = 0;
      long read = 0;
      while (System.nanoTime() < end) {
        long due = Math.min(records.length, (long) ((System.nanoTime() - start) / 1e9 * rate));
        while (sent < due) {
          p.send(new ProducerRecord<>(topic, records[(int) sent]), (md, ex) -> { });
          sent++;
        }
        read += consumer.poll(Duration.ofMillis(1)).count();
      }
      if (read == 0) {
        throw new IllegalStateException("the warm-up read nothing back from " + topic);
      }
    }
  }

  /** A totals changelog record: the first count of a marker's key is the moment it was counted. */
  private void counted(ConsumerRecord<byte[], byte[]> r, long now) {
    if (r.key() == null || r.value() == null) {
      return;
    }
    long seq = markerSeq(new String(r.key(), java.nio.charset.StandardCharsets.UTF_8));
    Long sent = seq < 0 ? null : markerSentNanos.remove(seq);
    if (sent == null) {
      return;
    }
    if (r.value().length != Long.BYTES || java.nio.ByteBuffer.wrap(r.value()).getLong() != 1L) {
      wrongMarkerCounts++;
    }
    countedLatency.add(sent, now);
  }

  /**
   * Latencies by the 5-s slice of their send time, to see when the slow ones were sent; the whole
   * phase is all slices, and the settled part the slices from {@link #SETTLE} on (a whole number of them).
   */
  private final class Samples {
    private final java.util.TreeMap<Long, List<Long>> byBucket = new java.util.TreeMap<>();

    void add(long sent, long now) {
      byBucket.computeIfAbsent((sent - startNanos) / BUCKET, b -> new ArrayList<>()).add(now - sent);
    }

    private long[] sorted(Map<Long, List<Long>> buckets) {
      return buckets.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
    }

    Latency summary() {
      long[] sorted = sorted(byBucket);
      List<String> timeline = new ArrayList<>();
      byBucket.forEach((bucket, list) -> {
        long[] b = list.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(b);
        timeline.add(String.format("%s n=%d p50=%.0f p99=%.0f max=%.0f",
            java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(startMillis + bucket * BUCKET / 1_000_000),
                java.time.ZoneOffset.UTC).withNano(0),
            b.length, pct(b, 0.5), pct(b, 0.99), b[b.length - 1] / 1e6));
      });
      long[] after = sorted(byBucket.tailMap(SETTLE / BUCKET));
      return new Latency(sorted.length, pct(sorted, 0.50), pct(sorted, 0.99),
          sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, timeline,
          pct(after, 0.99), after.length == 0 ? Double.NaN : after[after.length - 1] / 1e6);
    }
  }

  private void produce(String bootstrap, String topic, byte[][] records, double rate, Duration length) {
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long sent = 0;
    try (Producer<byte[], byte[]> p = CorpusLoader.producer(bootstrap, 5)) {
      while (true) {
        long now = System.nanoTime();
        if (now >= end) {
          break;
        }
        long markersDue = (now - start) * MARKERS_PER_SECOND / 1_000_000_000L;
        while (markers.get() < markersDue) {
          long seq = markers.getAndIncrement();
          markerSentNanos.put(seq, System.nanoTime());
          p.send(new ProducerRecord<>(topic, markerLine(seq).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        long due = Math.min(records.length, (long) ((now - start) / 1e9 * rate));
        while (sent < due) {
          long t = System.nanoTime();
          p.send(new ProducerRecord<>(topic, records[(int) sent]), (md, ex) -> {
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

  private static List<TopicPartition> partitionsOf(String topic, int partitions) {
    List<TopicPartition> tps = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      tps.add(new TopicPartition(topic, p));
    }
    return tps;
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
