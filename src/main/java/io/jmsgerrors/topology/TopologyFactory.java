package io.jmsgerrors.topology;

import io.jmsgerrors.serde.EnrichedEventJson;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.RocksDbIndexedTimeOrderedWindowBytesStoreSupplier;

/**
 * Builds the jmsg-errors topology: parse and enrich every log record, dead-letter what cannot be
 * processed, and count errors exactly once, cumulatively and in event-time windows.
 */
public final class TopologyFactory {
  private static final Serde<byte[]> BYTES = Serdes.ByteArray();
  private static final Serde<String> STRING = Serdes.String();
  private static final Serde<Long> LONG = Serdes.Long();

  private TopologyFactory() {}

  public static Topology build(TopologyConfig config) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.globalTable(config.catalogTopic(), Consumed.with(STRING, BYTES).withName("catalog-source"),
        Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(StoreNames.CATALOG)
            .withKeySerde(STRING).withValueSerde(BYTES));
    addStore(builder, StoreNames.LINE_COUNTS);
    addStore(builder, StoreNames.TOTALS);
    addStore(builder, StoreNames.LATE);
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPIKES), STRING, STRING)
        .withCachingEnabled());
    // Ordered by time first (the store Kafka Streams itself uses to emit windows on close), so that
    // reading a closed window reads that window only. The key-first window store of Stores reads
    // every key of a segment (half the retention, 60 windows) to find one window's.
    // Written for every event and read back only when a task starts, so its writes wait in a hash
    // map for the commit instead of going through the record cache (WriteBehindStore).
    builder.addStateStore(WriteBehindWindowStore.builder(RocksDbIndexedTimeOrderedWindowBytesStoreSupplier.create(
            StoreNames.WINDOWS, config.windowSize().multipliedBy(WindowCounter.RETAINED_WINDOWS).plus(config.windowGrace()),
            config.windowSize(), false, true), STRING, LONG));

    KStream<byte[], byte[]> logs = source(builder, config);
    CatalogRecordDecodes catalogDecodes = new CatalogRecordDecodes();
    KStream<byte[], Parsed> parsed = logs.process(() -> new ParseProcessor(config, catalogDecodes),
        Named.as("parse"), StoreNames.LINE_COUNTS);
    Map<String, KStream<byte[], Parsed>> routes = parsed.split(Named.as("route-"))
        .branch((k, v) -> v.isDeadLetter(), Branched.as("dead-letters"))
        .defaultBranch(Branched.as("events"));

    routes.get("route-dead-letters")
        .mapValues(Parsed::deadLetter, Named.as("dead-letter-value"))
        .to(config.dlqTopic(), Produced.with(BYTES, BYTES).withName("dlq-sink"));

    KStream<byte[], Parsed> events = routes.get("route-events");
    events.mapValues(p -> EnrichedEventJson.encode(p.event()), Named.as("enriched-json"))
        .to(config.enrichedTopic(), Produced.with(BYTES, BYTES).withName("enriched-sink"));

    countErrors(events, config);
    return builder.build();
  }

  private static KStream<byte[], byte[]> source(StreamsBuilder builder, TopologyConfig config) {
    Consumed<byte[], byte[]> consumed = Consumed.with(BYTES, BYTES).withName("logs-source");
    return config.inputTopics().isPattern()
        ? builder.stream(config.inputTopics().pattern(), consumed)
        : builder.stream(config.inputTopics().names(), consumed);
  }

  private static void countErrors(KStream<byte[], Parsed> events, TopologyConfig config) {
    KStream<String, String> byKey = events
        .map((k, p) -> KeyValue.pair(CountKey.windowKey(p.event().code(), p.event().appkey()),
            p.event().platform()), Named.as("key-by-code-appkey"))
        .repartition(Repartitioned.with(STRING, STRING).withName("events-by-code-appkey")
            .withStreamPartitioner(CountKey::partitionByCode));

    long windowMs = config.windowSize().toMillis();
    long graceMs = config.windowGrace().toMillis();
    KStream<String, String> onTime = byKey
        .processValues(TotalsProcessor::new, Named.as("count-totals"), StoreNames.TOTALS)
        .processValues(() -> new LateRecordFilter(windowMs, graceMs), Named.as("drop-late"), StoreNames.LATE);
    // one step counts the windows and closes them: final counts to the rates topic, spike alerts
    Map<String, KStream<byte[], ClosedWindowOutput>> closed = onTime
        .process(() -> new WindowCounter(config.spikes(), config.windowSize(), config.windowGrace(), config.catalog()),
            Named.as("count-windows"), StoreNames.WINDOWS, StoreNames.SPIKES)
        .split(Named.as("closed-"))
        .branch((k, v) -> v.isRate(), Branched.as("rates"))
        .defaultBranch(Branched.as("alerts"));
    closed.get("closed-rates")
        .mapValues(ClosedWindowOutput::rate, Named.as("rate-json"))
        .to(config.ratesTopic(), Produced.with(BYTES, BYTES).withName("rates-sink"));
    closed.get("closed-alerts")
        .mapValues(ClosedWindowOutput::alert, Named.as("alert-json"))
        .to(config.alertsTopic(), Produced.with(BYTES, BYTES).withName("alerts-sink"));
  }

  /** A count store: a get and a put per record or event, so its writes wait for the commit (WriteBehindStore). */
  private static void addStore(StreamsBuilder builder, String name) {
    builder.addStateStore(WriteBehindKeyValueStore.builder(Stores.persistentKeyValueStore(name), STRING, LONG));
  }
}
