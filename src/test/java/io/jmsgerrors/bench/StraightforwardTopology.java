package io.jmsgerrors.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import java.time.Duration;

/**
 * The "straightforward Kafka Streams topology" the performance issue uses as its anchor, built as
 * plainly as its description reads, to measure it on the same broker and topic as the service:
 * a Java regex over a String per record (code, and appkey), an enriched JSON record per code found,
 * per-key counts in a cached store (after the repartition a key change needs), exactly-once, two
 * stream threads, every other setting at Kafka's default.
 *
 * <p>Usage: {@code StraightforwardTopology BOOTSTRAP APPLICATION_ID STATE_DIR READY_FILE [floor]}; it
 * writes READY_FILE once the application is RUNNING and runs until killed. With {@code floor} it runs
 * {@link #floor()} instead: the same settings over a topology that does nothing with each record.
 */
public final class StraightforwardTopology {
  static final String OUTPUT = "straightforward.enriched";
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6,7})\\b");
  private static final Pattern APPKEY = Pattern.compile("(?i)appkey[\"'=:\\s]+\"?([0-9a-f]{24})");
  private static final ObjectMapper JSON = new ObjectMapper();

  private StraightforwardTopology() {}

  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
    p.put(StreamsConfig.STATE_DIR_CONFIG, args[2]);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
    Path ready = Path.of(args[3]);
    String mode = args.length > 4 ? args[4] : "straightforward";
    if (mode.startsWith("kafka_work")) {
      serviceSettings(p);
    }
    KafkaStreams streams = new KafkaStreams(switch (mode) {
      case "floor" -> floor();
      case "straightforward" -> build(Catalog.builtIn());
      default -> kafkaWork(KafkaWork.parse(mode.substring("kafka_work".length())));
    }, p);
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.RUNNING) {
        try {
          Files.writeString(ready, "RUNNING");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      stopped.countDown();
    }));
    streams.start();
    stopped.await();
  }

  /**
   * The service's own client settings (KafkaProperties.streams), from AppConfig's defaults and the
   * environment as the service reads it (e2e.sh's {@code serviceEnv} reaches this JVM too), for the
   * topology that measures the service's Kafka work.
   */
  static void serviceSettings(Properties p) {
    serviceSettings(p, System.getenv());
  }

  static void serviceSettings(Properties p, Map<String, String> env) {
    io.jmsgerrors.config.AppConfig c = io.jmsgerrors.config.ConfigLoader.load(env, Map.of());
    Properties service = io.jmsgerrors.config.KafkaProperties.streams(c, "unused");
    for (Map.Entry<Object, Object> e : service.entrySet()) {
      String k = e.getKey().toString();
      if (k.startsWith("producer.") || k.startsWith("consumer.") || k.equals(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)
          || k.equals(StreamsConfig.NUM_STREAM_THREADS_CONFIG) || k.equals(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG)
          || k.equals(StreamsConfig.STATESTORE_UNCOMMITTED_MAX_BYTES_CONFIG)) {
        p.put(k, e.getValue());
      }
    }
  }

  static org.apache.kafka.streams.Topology build(Catalog catalog) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<byte[], String> lines = builder.stream(E2eBench.INPUT, Consumed.with(Serdes.ByteArray(), Serdes.String()));
    KStream<String, String> events = lines.flatMap((k, line) -> events(line, catalog));
    events.to(OUTPUT, Produced.with(Serdes.String(), Serdes.String()));
    events.groupByKey(Grouped.with(Serdes.String(), Serdes.String()))
        .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as("counts")
            .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));
    return builder.build();
  }

  /**
   * Kafka Streams' own floor on this broker: read every record of the input (bytes, no
   * deserialisation) and do nothing with it, no output and no state, under the same exactly-once
   * settings. No topology that reads the topic with Kafka Streams can be faster.
   */
  static org.apache.kafka.streams.Topology floor() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(E2eBench.INPUT, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())).foreach((k, v) -> { });
    return builder.build();
  }

  /**
   * The service's Kafka work without its own: the service's client settings (one stream thread,
   * its commit interval, producer batching and compression) over a topology that writes as many
   * records as the service does for each input record and does nothing else. For about 40% of
   * records (picked by one byte, as the corpus has errors in about 40%) it writes one output
   * record (the input's bytes and 400 more, about an enriched record's size) and repartitions a
   * small event keyed by 30 bytes of the record (as unique as the service's code|appkey keys); after
   * the repartition it writes the event, without reading, into a logged key-value store and a
   * logged one-minute window store, both RocksDB without a record cache: the changelog records of
   * the service's totals and window counts. No parsing, no enrichment, no window closing. What it reaches is what the
   * service's outputs and state cost in Kafka and Kafka Streams alone on this machine.
   * {@code parts} leaves some of that work out, to measure each part's share.
   */
  static org.apache.kafka.streams.Topology kafkaWork(Set<KafkaWork> parts) {
    StreamsBuilder builder = new StreamsBuilder();
    var totals = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("io-totals"),
        Serdes.String(), Serdes.Long()).withCachingDisabled();
    var windows = Stores.windowStoreBuilder(Stores.persistentWindowStore("io-windows",
        Duration.ofHours(2), Duration.ofMinutes(1), false), Serdes.String(), Serdes.Long()).withCachingDisabled();
    boolean logged = parts.contains(KafkaWork.CHANGELOG);
    builder.addStateStore(logged ? totals : totals.withLoggingDisabled());
    builder.addStateStore(logged ? windows : windows.withLoggingDisabled());
    byte[] padding = new byte[400];
    java.util.Arrays.fill(padding, (byte) 'x');
    KStream<String, byte[]> events = builder.stream(E2eBench.INPUT, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .filter((k, v) -> v != null && v.length > 40 && Math.floorMod(v[v.length / 2] * 31 + v.length, 5) < 2)
        .selectKey((k, v) -> new String(v, v.length - 35, 30, java.nio.charset.StandardCharsets.ISO_8859_1));
    if (parts.contains(KafkaWork.ENRICHED)) {
      events.mapValues(v -> {
        byte[] out = java.util.Arrays.copyOf(v, v.length + padding.length);
        System.arraycopy(padding, 0, out, v.length, padding.length);
        return out;
      }).to(OUTPUT, Produced.with(Serdes.String(), Serdes.ByteArray()));
    }
    KStream<String, Long> counted = events.mapValues(v -> (long) v.length);
    if (parts.contains(KafkaWork.REPARTITION)) {
      counted = counted.repartition(Repartitioned.<String, Long>as("io-events")
          .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));
    }
    if (parts.contains(KafkaWork.STORES)) {
      counted.process(Count::new, "io-totals", "io-windows");
    }
    return builder.build();
  }

  /** The parts of the service's Kafka work that {@link #kafkaWork} does. */
  enum KafkaWork {
    /** one output record per event */
    ENRICHED,
    /** the events through a repartition topic before they are counted */
    REPARTITION,
    /** two stores counted per event */
    STORES,
    /** the stores' changelogs */
    CHANGELOG;

    /** {@code ""}: every part; {@code "_enriched_stores"}: the named ones; {@code "_none"}: none. */
    static Set<KafkaWork> parse(String spec) {
      if (spec.isEmpty()) {
        return java.util.EnumSet.allOf(KafkaWork.class);
      }
      Set<KafkaWork> out = java.util.EnumSet.noneOf(KafkaWork.class);
      for (String part : spec.substring(1).split("_")) {
        if (!part.equals("none")) {
          out.add(valueOf(part.toUpperCase(java.util.Locale.ROOT)));
        }
      }
      return out;
    }
  }

  /** Writes each record into {@code io-totals} and into its one-minute window in {@code io-windows}. */
  private static final class Count implements Processor<String, Long, Void, Void> {
    private KeyValueStore<String, Long> totals;
    private WindowStore<String, Long> windows;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      totals = context.getStateStore("io-totals");
      windows = context.getStateStore("io-windows");
    }

    @Override
    public void process(Record<String, Long> r) {
      // one write into each store per event and no read: the least any count store can do (the
      // service reads each totals key once per commit and keeps its open windows in memory)
      totals.put(r.key(), r.value());
      windows.put(r.key(), r.value(), r.timestamp() - Math.floorMod(r.timestamp(), 60_000L));
    }
  }

  /** One (code|appkey, enriched JSON) pair per code-shaped number in the line. */
  static List<KeyValue<String, String>> events(String line, Catalog catalog) {
    List<KeyValue<String, String>> out = new ArrayList<>(1);
    if (line == null) {
      return out;
    }
    Matcher appkey = APPKEY.matcher(line);
    String key = appkey.find() ? appkey.group(1).toLowerCase(java.util.Locale.ROOT) : "none";
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      int code = Integer.parseInt(m.group(1));
      CatalogEntry entry = catalog.find(code, null);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("code", code);
      json.put("appkey", key);
      json.put("known", entry != null);
      json.put("category", entry == null ? "unknown" : entry.category().id());
      json.put("message", entry == null ? "" : entry.message());
      json.put("description", entry == null ? "" : entry.description());
      json.put("hint", entry == null ? "" : entry.hint());
      json.put("excerpt", line.length() > 300 ? line.substring(0, 300) : line);
      try {
        out.add(KeyValue.pair(code + "|" + key, JSON.writeValueAsString(json)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }
}
