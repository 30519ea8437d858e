package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each log record into enriched error events, counts every record by {@link LineStatus},
 * and turns records it cannot process (too large, or failing) into dead letters.
 */
final class ParseProcessor implements Processor<byte[], byte[], byte[], Parsed> {
  private static final Logger LOG = LoggerFactory.getLogger(ParseProcessor.class);
  /** Event times further than this from the record's own timestamp are not trusted. */
  private static final long MAX_PAST_SKEW = Duration.ofDays(7).toMillis();
  private static final long MAX_FUTURE_SKEW = Duration.ofMinutes(5).toMillis();

  private static final LineStatus[] STATUSES = LineStatus.values();

  private final TopologyConfig config;
  private final CatalogRecordDecodes catalogDecodes;
  private final List<ErrorEvent> events = new ArrayList<>(4);
  /** The {@code line-counts} values by status ordinal: read from the store in init, written through. */
  private final long[] counts = new long[STATUSES.length];
  private ProcessorContext<byte[], Parsed> context;
  private KeyValueStore<String, Long> lineCounts;
  private CatalogView catalog;
  private LogParser parser;

  ParseProcessor(TopologyConfig config, CatalogRecordDecodes catalogDecodes) {
    this.config = config;
    this.catalogDecodes = catalogDecodes;
  }

  @Override
  public void init(ProcessorContext<byte[], Parsed> context) {
    this.context = context;
    this.lineCounts = context.getStateStore(StoreNames.LINE_COUNTS);
    loadCounts();
    TimestampedKeyValueStore<String, byte[]> catalogStore = context.getStateStore(StoreNames.CATALOG);
    this.catalog = new CatalogView(code -> {
      ValueAndTimestamp<byte[]> v = catalogStore.get(code);
      return v == null ? null : v.value();
    }, config.catalog(), catalogDecodes);
    this.parser = config.parserFactory().apply(config.catalog());
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    byte[] value = record.value();
    if (value != null && value.length > config.maxRecordBytes()) {
      deadLetter(record, "record of " + value.length + " bytes exceeds MAX_RECORD_BYTES=" + config.maxRecordBytes());
      return;
    }
    try {
      events.clear();
      if (value != null) {
        parser.parse(value, events::add);
      }
      count(events.isEmpty() ? LineStatus.WITHOUT_ERRORS : LineStatus.WITH_ERRORS);
      if (!events.isEmpty()) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        for (ErrorEvent e : events) {
          forward(record, meta, e);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("dead-lettering a record that failed processing: {}", e.getClass().getName());
      deadLetter(record, "processing failed: " + e.getClass().getName());
    }
  }

  private void forward(Record<byte[], byte[]> record, RecordMetadata meta, ErrorEvent e) {
    CatalogEntry entry = catalog.find(e.code(), e.platform());
    long ts = eventTime(record.timestamp(), e);
    EnrichedEvent out = new EnrichedEvent(
        e.code(),
        entry != null,
        entry == null ? Category.UNKNOWN.id() : entry.category().id(),
        entry == null ? "" : entry.message(),
        entry == null ? "" : entry.description(),
        entry == null ? Category.UNKNOWN.hint() : entry.hint(),
        entry == null ? "unknown" : entry.platform().id(),
        e.platform().id(),
        e.appkey(),
        ts,
        meta == null ? "" : meta.topic(),
        meta == null ? -1 : meta.partition(),
        meta == null ? -1 : meta.offset(),
        e.excerpt());
    byte[] key = catalog.key(e.code()).getBytes(StandardCharsets.US_ASCII);
    context.forward(new Record<>(key, Parsed.of(out), ts, new RecordHeaders()));
  }

  private static long eventTime(long recordTs, ErrorEvent e) {
    if (!e.hasTimestamp()) {
      return recordTs;
    }
    long t = e.timestampMillis();
    return t >= recordTs - MAX_PAST_SKEW && t <= recordTs + MAX_FUTURE_SKEW ? t : recordTs;
  }

  private void deadLetter(Record<byte[], byte[]> record, String cause) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    count(LineStatus.DEAD_LETTERED);
    boolean fits = record.value() == null || record.value().length <= config.maxDeadLetterBytes();
    context.forward(new Record<>(record.key(), Parsed.deadLetter(fits ? record.value() : null), record.timestamp(),
        DeadLetterHeaders.of(record.headers(),
            meta == null ? "" : meta.topic(),
            meta == null ? -1 : meta.partition(),
            meta == null ? -1 : meta.offset(),
            fits ? cause : cause + "; value not kept: larger than the producer's max.request.size allows (KAFKA_MAX_REQUEST_SIZE)")));
  }

  /**
   * Reads the counts from the store. Streams calls init again (on this or a new instance) whenever
   * it restores the task's state, e.g. after an aborted transaction, so the fields always start
   * from the committed counts.
   */
  private void loadCounts() {
    for (LineStatus status : STATUSES) {
      Long n = lineCounts.get(status.id());
      counts[status.ordinal()] = n == null ? 0L : n;
    }
  }

  private void count(LineStatus status) {
    long n = counts[status.ordinal()] + 1;
    lineCounts.put(status.id(), n);
    counts[status.ordinal()] = n;
  }
}
