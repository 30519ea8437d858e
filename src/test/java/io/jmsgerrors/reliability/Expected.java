package io.jmsgerrors.reliability;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the service must count for the records an input topic holds, computed with the same
 * {@link LogParser} on the same bytes: events by origin ({@code partition/offset/code}), lines by
 * status, and the events of the far-future flush records (whose windows stay open).
 */
record Expected(Map<String, Integer> byOrigin, long events, long records, long withErrors, long deadLettered,
    long flushEvents) {

  static Expected of(Pipeline p) {
    LogParser parser = new LogParser(Catalog.builtIn());
    Map<String, Integer> byOrigin = new HashMap<>();
    long events = 0;
    long records = 0;
    long withErrors = 0;
    long dead = 0;
    long flush = 0;
    for (ConsumerRecord<byte[], byte[]> r : p.kafka.consumeToEnd(p.input(), true)) {
      records++;
      if (r.value() != null && r.value().length > Pipeline.MAX_RECORD_BYTES) {
        dead++;
        continue;
      }
      int n = 0;
      for (ErrorEvent e : r.value() == null ? java.util.List.<ErrorEvent>of() : parser.parse(r.value())) {
        byOrigin.merge(r.partition() + "/" + r.offset() + "/" + e.code(), 1, Integer::sum);
        n++;
      }
      events += n;
      withErrors += n > 0 ? 1 : 0;
      flush += r.timestamp() == p.future ? n : 0;
    }
    return new Expected(byOrigin, events, records, withErrors, dead, flush);
  }

  /** Events per code, as {@code sum by (code)} would give them (catalog codes only, others "unknown"). */
  static Map<String, Long> byCode(Map<String, Integer> byOrigin, Catalog catalog) {
    Map<String, Long> out = new HashMap<>();
    byOrigin.forEach((k, n) -> {
      int code = Integer.parseInt(k.substring(k.lastIndexOf('/') + 1));
      out.merge(catalog.contains(code) ? Integer.toString(code) : "unknown", (long) n, Long::sum);
    });
    return out;
  }
}
