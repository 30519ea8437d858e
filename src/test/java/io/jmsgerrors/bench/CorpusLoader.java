package io.jmsgerrors.bench;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.ExpectedEvent;
import io.jmsgerrors.corpus.LabelledRecord;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Loads corpus records into a topic, spreading the corpus' appkeys over a pool of {@code appkeys}
 * distinct ones, and counts the distinct codes and appkeys it wrote.
 */
final class CorpusLoader {
  private final CorpusGenerator generator;
  private final String[] pool;
  /** With skew: the cumulative share of each appkey of the pool (Zipf); {@code null}: every appkey alike. */
  private final double[] cumulative;
  private final Random random = new Random(7);
  final Set<Integer> codes = new HashSet<>();
  final Set<String> appkeys = new HashSet<>();
  long errorRecords;
  private static final long NOW = Long.MIN_VALUE;
  /** The log time of the record being made, when it is made ahead of the time it is sent; else {@link #NOW}. */
  private long plannedMillis = NOW;

  /**
   * With {@code live}, the records' log times are the time they are made (less up to 2 s), as in a
   * live log stream; otherwise they are drawn from one fixed day (2026-11-25) in random order, which
   * the service trusts only within 7 days of that day (after it, it counts the record's own
   * timestamp instead), so such runs depend on the date they were made.
   */
  CorpusLoader(int appkeys, boolean live) {
    this(appkeys, live, 0);
  }

  /**
   * With {@code skew} above 0, the appkeys are drawn from the pool by Zipf's law with that exponent
   * (the k-th appkey about 1/k^skew as often as the first), as a few apps make most of the traffic of
   * a shared deployment; at 0 every appkey of the pool is as likely.
   */
  CorpusLoader(int appkeys, boolean live, double skew) {
    generator = live
        ? new CorpusGenerator(BenchCorpus.SEED, Catalog.builtIn(),
            () -> plannedMillis != NOW ? plannedMillis : System.currentTimeMillis())
        : new CorpusGenerator(BenchCorpus.SEED);
    pool = new String[appkeys];
    Random r = new Random(11);
    for (int i = 0; i < appkeys; i++) {
      StringBuilder b = new StringBuilder(24);
      for (int k = 0; k < 24; k++) {
        b.append("0123456789abcdef".charAt(r.nextInt(16)));
      }
      pool[i] = b.toString();
    }
    if (skew < 0) {
      throw new IllegalArgumentException("appkey skew must be 0 or more: " + skew);
    }
    cumulative = skew == 0 ? null : zipf(appkeys, skew);
  }

  static double[] zipf(int n, double exponent) {
    double[] c = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, exponent);
      c[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      c[k] /= sum;
    }
    return c;
  }

  private String drawAppkey() {
    if (cumulative == null) {
      return pool[random.nextInt(pool.length)];
    }
    int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return pool[Math.min(pool.length - 1, i >= 0 ? i : -i - 1)];
  }

  static Producer<byte[], byte[]> producer(String bootstrap, int lingerMs) {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "1",
        ProducerConfig.LINGER_MS_CONFIG, lingerMs,
        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
        ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024),
        new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** The next record's bytes, its appkeys replaced by ones drawn from the pool. */
  byte[] next() {
    LabelledRecord r = generator.next();
    String text = r.text();
    for (ExpectedEvent e : r.events()) {
      codes.add(e.code());
      if (e.appkey() != null && text.contains(e.appkey())) {
        String key = drawAppkey();
        text = text.replace(e.appkey(), key);
        appkeys.add(key);
      }
    }
    if (r.hasErrors()) {
      errorRecords++;
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The next record, made now to be sent at {@code sendMillis}: with live times its log time is
   * that send time (less up to 2 s), as if it had been made then.
   */
  byte[] nextAt(long sendMillis) {
    plannedMillis = sendMillis;
    try {
      return next();
    } finally {
      plannedMillis = NOW;
    }
  }

  /** Writes {@code n} records to {@code topic} and waits until the broker has them all. */
  void load(String bootstrap, String topic, long n) {
    try (Producer<byte[], byte[]> p = producer(bootstrap, 20)) {
      for (long i = 0; i < n; i++) {
        p.send(new ProducerRecord<>(topic, next()));
      }
      p.flush();
    }
  }
}
