package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.CorpusGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a continuous, realistic log stream into the input topic for {@code run --demo}: the corpus
 * generator's mix of every platform and shape, plus a spike of one code every few minutes.
 */
final class DemoFeeder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoFeeder.class);
  /** Codes that take turns spiking, with the shape they spike in. */
  private static final List<String> SPIKES = List.of(
      "{\"error\":{\"code\":803010,\"message\":\"msg send too fast\"}} appkey=%s",
      "Error Domain=jmsg_error Code=898000 \"Server internal error\" UserInfo={appkey=%s}",
      "E/JIGUANG-JMessage( 4242): [LoginManager] login failed ! response code is 801004 appkey:%s",
      "{\"error\":{\"code\":899008,\"message\":\"Basic authentication failed\"}} appkey=%s");
  private static final String SPIKE_APPKEY = "7b1f3c6e9a2d4b5c8e0f1a2b";

  private final String topic;
  private final int linesPerSecond;
  private final Duration spikeEvery;
  private final Duration spikeLength;
  private final KafkaProducer<byte[], byte[]> producer;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final Thread thread;

  DemoFeeder(String topic, Properties producerProps, int linesPerSecond, Duration spikeEvery, Duration spikeLength) {
    this.topic = topic;
    this.linesPerSecond = linesPerSecond;
    this.spikeEvery = spikeEvery;
    this.spikeLength = spikeLength;
    this.producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
    this.thread = new Thread(this::loop, "jmsg-demo-feeder");
    this.thread.setDaemon(true);
  }

  void start() {
    LOG.info("demo: feeding about {} log lines/s into {}, with a spike of one code every {} s",
        linesPerSecond, topic, spikeEvery.toSeconds());
    thread.start();
  }

  long sent() {
    return sent.get();
  }

  private void loop() {
    CorpusGenerator generator = new CorpusGenerator(Instant.now().toEpochMilli(), Catalog.builtIn(),
        System::currentTimeMillis);
    long started = System.currentTimeMillis();
    long tick = 100;
    int perTick = Math.max(1, linesPerSecond / 10);
    while (running.get()) {
      long elapsed = System.currentTimeMillis() - started;
      for (int i = 0; i < perTick; i++) {
        send(generator.next().bytes());
      }
      int spike = spikeIndex(elapsed);
      if (spike >= 0) {
        for (int i = 0; i < perTick; i++) {
          send(String.format(SPIKES.get(spike), SPIKE_APPKEY).getBytes(StandardCharsets.UTF_8));
        }
      }
      try {
        Thread.sleep(tick);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Which spike is on at this point of the demo, or -1 for none. */
  private int spikeIndex(long elapsedMs) {
    long cycle = spikeEvery.toMillis();
    long inCycle = elapsedMs % cycle;
    if (elapsedMs < cycle || inCycle >= spikeLength.toMillis()) {
      return -1;
    }
    return (int) ((elapsedMs / cycle - 1) % SPIKES.size());
  }

  private void send(byte[] line) {
    producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), null, line), (md, e) -> {
      if (e != null && failures.getAndIncrement() == 0) {
        LOG.warn("demo records not written to {} ({}); later failures are not logged", topic, e.toString());
      }
    });
    sent.incrementAndGet();
  }

  @Override
  public void close() {
    running.set(false);
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }
}
