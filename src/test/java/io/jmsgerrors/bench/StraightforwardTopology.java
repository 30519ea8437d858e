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
import org.apache.kafka.streams.state.KeyValueStore;

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
    boolean floor = args.length > 4 && "floor".equals(args[4]);
    KafkaStreams streams = new KafkaStreams(floor ? floor() : build(Catalog.builtIn()), p);
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
