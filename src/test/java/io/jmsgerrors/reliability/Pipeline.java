package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.ServiceHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One service deployment under test: its topics and environment (unique per test), the input it
 * is fed, and the packaged service instances started on it ({@code target/jmsg-errors.jar}).
 */
final class Pipeline {
  static final int PARTITIONS = 3;
  static final int MAX_RECORD_BYTES = 65_536;
  static final int FLUSH_RECORDS = 60;
  static final Duration START = Duration.ofMinutes(2);

  final KafkaTestKit kafka;
  final String id;
  final long base = System.currentTimeMillis() - Duration.ofMinutes(20).toMillis();
  /** Far enough ahead to close every corpus window, yet within the broker's 1 h limit on future timestamps. */
  final long future = base + Duration.ofMinutes(50).toMillis();
  private final Map<String, String> env;

  Pipeline(KafkaTestKit kafka, String prefix) {
    this.kafka = kafka;
    this.id = KafkaTestKit.uniqueName(prefix);
    this.env = kafka.serviceEnv(id);
    env.put("WINDOW_GRACE", "10s");
    env.put("TOPIC_PARTITIONS", Integer.toString(PARTITIONS));
    env.put("MAX_RECORD_BYTES", Integer.toString(MAX_RECORD_BYTES));
    env.put("NUM_STREAM_THREADS", "1");
    kafka.createTopics(PARTITIONS, input());
  }

  Pipeline with(String name, String value) {
    env.put(name, value);
    return this;
  }

  String input() {
    return env.get("INPUT_TOPICS");
  }

  String topic(String setting) {
    return env.get(setting);
  }

  /** An instance's environment: this deployment's plus its own state directory and HTTP port. */
  Map<String, String> instanceEnv(String stateDir, int httpPort) {
    Map<String, String> e = new HashMap<>(env);
    e.put("STATE_DIR", stateDir);
    e.put("HTTP_PORT", Integer.toString(httpPort));
    return e;
  }

  /** A fresh instance slot: its own state directory and port, kept across restarts. */
  Instance instance() {
    try {
      return new Instance(this, Files.createTempDirectory("jmsg-reliab-state").toString(), ServiceHttp.freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Produces {@code n} corpus records spread over ten minutes of record time, in order. */
  void produceCorpus(long seed, int n) {
    CorpusGenerator corpus = new CorpusGenerator(seed);
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long ts = base + (long) i * Duration.ofMinutes(10).toMillis() / n;
      records.add(new ProducerRecord<>(input(), null, ts, null, corpus.next().bytes()));
    }
    send(records);
  }

  /** Produces raw values (null keys) at record time {@code base}. */
  void produce(List<byte[]> values) {
    send(values.stream().map(v -> new ProducerRecord<byte[], byte[]>(input(), null, base, null, v)).toList());
  }

  /**
   * Records far ahead in time, each with another catalog code and appkey so that every counting
   * task (events are partitioned by code) sees one: they close every earlier window.
   */
  void produceFlush() {
    List<Integer> codes = Catalog.builtIn().entries().stream().map(CatalogEntry::code).distinct().limit(FLUSH_RECORDS).toList();
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String line = "{\"error\":{\"code\":" + codes.get(i) + ",\"message\":\"flush\"}} appkey=" + String.format("%024d", i);
      records.add(new ProducerRecord<>(input(), null, future, null, line.getBytes(StandardCharsets.UTF_8)));
    }
    send(records);
  }

  /** Sends and fails on any record the broker rejected (a plain flush() would hide that). */
  void send(List<ProducerRecord<byte[], byte[]>> records) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
    try (KafkaProducer<byte[], byte[]> p = kafka.producer(false)) {
      for (ProducerRecord<byte[], byte[]> r : records) {
        acks.add(p.send(r));
      }
      p.flush();
      for (Future<RecordMetadata> ack : acks) {
        ack.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker rejected a record: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the instances, together, have counted {@code lines} input records. */
  static void awaitLines(long lines, Duration timeout, Instance... instances) {
    // polled often: the service gets through tens of thousands of records a second, and the tests
    // that stop it mid-stream must see it in the middle
    await().atMost(timeout).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
      for (Instance i : instances) {
        assertThat(i.isAlive()).as("instance alive; output:\n" + i.tail()).isTrue();
      }
      assertThat(linesCounted(instances)).isGreaterThanOrEqualTo(lines);
    });
  }

  static long linesCounted(Instance... instances) {
    long sum = 0;
    for (Instance i : instances) {
      sum += (long) ServiceHttp.sum(i.http().metrics(), "jmessage_log_lines_total");
    }
    return sum;
  }

  /** A started service: ready when its HTTP endpoint says so. */
  static ChildJvm awaitReady(ChildJvm service, ServiceHttp http) {
    await().atMost(START).pollInterval(Duration.ofMillis(500))
        .failFast("service exited", () -> !service.isAlive())
        .untilAsserted(() -> assertThat(http.status("/health/ready")).isEqualTo(200));
    return service;
  }
}
