package io.jmsgerrors.bench;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import io.jmsgerrors.serde.EnrichedEventJson;
import io.jmsgerrors.topology.EnrichedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Enrichment of one parsed error event per operation, as the parse step does it: the built-in
 * catalog lookup by code and platform, the {@link EnrichedEvent}, and its JSON encoding.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnrichBench {
  private ErrorEvent[] events;
  private Catalog catalog;
  private int next;

  @Setup
  public void setUp() {
    catalog = Catalog.builtIn();
    LogParser parser = new LogParser(catalog);
    List<ErrorEvent> out = new ArrayList<>();
    for (byte[] r : BenchCorpus.of(20_000, LabelledRecord::hasErrors).records) {
      parser.parse(r, out::add);
    }
    events = out.toArray(new ErrorEvent[0]);
  }

  private ErrorEvent nextEvent() {
    ErrorEvent e = events[next];
    next = next + 1 == events.length ? 0 : next + 1;
    return e;
  }

  @Benchmark
  public CatalogEntry lookup() {
    ErrorEvent e = nextEvent();
    return catalog.find(e.code(), e.platform());
  }

  @Benchmark
  public CatalogEntry lookupOptional() {
    ErrorEvent e = nextEvent();
    return catalog.lookup(e.code(), e.platform()).orElse(null);
  }

  @Benchmark
  public byte[] lookupAndEncode() {
    ErrorEvent e = nextEvent();
    CatalogEntry entry = catalog.find(e.code(), e.platform());
    EnrichedEvent out = new EnrichedEvent(e.code(), entry != null,
        entry == null ? Category.UNKNOWN.id() : entry.category().id(),
        entry == null ? "" : entry.message(),
        entry == null ? "" : entry.description(),
        entry == null ? Category.UNKNOWN.hint() : entry.hint(),
        entry == null ? "unknown" : entry.platform().id(),
        e.platform().id(), e.appkey(), e.timestampMillis(), "jmessage.logs", 3, 123_456_789L, e.excerpt());
    return EnrichedEventJson.encode(out);
  }
}
