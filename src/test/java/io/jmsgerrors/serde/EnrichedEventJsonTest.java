package io.jmsgerrors.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.LogParser;
import io.jmsgerrors.topology.EnrichedEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EnrichedEventJsonTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  @Test
  void shouldWriteEveryCorpusEventByteForByteAsJacksonDid() {
    List<EnrichedEvent> events = corpusEvents(20_000);

    assertThat(events).hasSizeGreaterThan(5_000);
    assertThat(events).anyMatch(e -> !e.known()).anyMatch(e -> e.appkey() == null)
        .anyMatch(e -> e.description().chars().anyMatch(c -> c > 0x7FF));
    EnrichedEventWriter writer = new EnrichedEventWriter(EnrichedEventJson::encodeMeaning);
    for (int round = 0; round < 2; round++) {
      for (EnrichedEvent e : events) {
        assertSameBytes(e);
        assertThat(writer.encode(e)).as("written without Jackson: %s", e).isEqualTo(EnrichedEventJson.encodeWithJackson(e));
      }
    }
  }

  @Test
  void shouldEscapeEveryCharacterAsJacksonDoes() {
    EnrichedEvent base = corpusEvents(50).get(0);
    EnrichedEventWriter writer = new EnrichedEventWriter(EnrichedEventJson::encodeMeaning);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "\\\"b";
      EnrichedEvent e = with(base, s, s, s);
      assertSameBytes(e);
      if (Character.isSurrogate((char) c)) {
        assertThat(writer.encode(e)).as("left to Jackson: U+%04X", c).isNull();
      } else {
        assertThat(writer.encode(e)).as("U+%04X", c).isEqualTo(EnrichedEventJson.encodeWithJackson(e));
      }
    }
  }

  @Test
  void shouldWriteSurrogatesNullsAndExtremeNumbersAsJacksonDoes() {
    EnrichedEvent base = corpusEvents(50).get(0);
    for (String s : new String[] {"emoji \uD83D\uDE00 here", "lone \uD800 high", "lone \uDC00 low", "", null}) {
      assertSameBytes(with(base, s, s, s));
    }
    for (long n : new long[] {0, -1, 9, 10, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE}) {
      assertSameBytes(new EnrichedEvent((int) n, true, "c", "m", "d", "h", "t", "p", "a", n, "topic",
          (int) n, n, "x"));
    }
  }

  @Test
  void shouldWriteTheNewMeaningWhenTheCatalogOfACodeChanges() {
    EnrichedEvent e = corpusEvents(50).get(0);
    byte[] before = EnrichedEventJson.encode(e);
    EnrichedEvent corrected = new EnrichedEvent(e.code(), e.known(), e.category(), "corrected by ops",
        e.description(), "call the on-call", e.table(), e.platform(), e.appkey(), e.timestamp(), e.topic(),
        e.partition(), e.offset(), e.excerpt());

    assertSameBytes(corrected);
    assertThat(EnrichedEventJson.decode(EnrichedEventJson.encode(corrected)).message()).isEqualTo("corrected by ops");
    assertThat(EnrichedEventJson.encode(e)).isEqualTo(before);
  }

  @Test
  void shouldHandOutAFreshArrayThatLaterEventsNeverOverwrite() {
    List<EnrichedEvent> events = corpusEvents(200);
    byte[] first = EnrichedEventJson.encode(events.get(0));
    byte[] copy = first.clone();
    for (EnrichedEvent e : events) {
      assertThat(EnrichedEventJson.encode(e)).isNotSameAs(first);
    }
    assertThat(first).isEqualTo(copy);
  }

  @Test
  void shouldEncodeFromManyThreadsAtOnce() throws Exception {
    List<EnrichedEvent> events = corpusEvents(2_000);
    List<Callable<Boolean>> jobs = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      jobs.add(() -> {
        for (EnrichedEvent e : events) {
          assertSameBytes(e);
        }
        return true;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (Future<Boolean> f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldDecodeWhatItEncodes() {
    for (EnrichedEvent e : corpusEvents(500)) {
      assertThat(EnrichedEventJson.decode(EnrichedEventJson.encode(e))).isEqualTo(e);
    }
  }

  static void assertSameBytes(EnrichedEvent e) {
    byte[] expected = EnrichedEventJson.encodeWithJackson(e);
    byte[] actual = EnrichedEventJson.encode(e);
    if (!java.util.Arrays.equals(actual, expected)) {
      assertThat(new String(actual, StandardCharsets.UTF_8)).as("JSON of %s", e)
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertThat(actual).as("bytes of %s", e).isEqualTo(expected);
    }
  }

  private static EnrichedEvent with(EnrichedEvent e, String appkey, String topic, String excerpt) {
    return new EnrichedEvent(e.code(), e.known(), e.category(), e.message(), e.description(), e.hint(), e.table(),
        e.platform(), appkey, e.timestamp(), topic, e.partition(), e.offset(), excerpt);
  }

  /** The enriched events of the first records of the seeded corpus, built as the parse step builds them. */
  static List<EnrichedEvent> corpusEvents(int records) {
    LogParser parser = new LogParser(CATALOG);
    List<ErrorEvent> parsed = new ArrayList<>();
    for (LabelledRecord r : new CorpusGenerator(20261125L).generate(records)) {
      parser.parse(r.bytes(), parsed::add);
    }
    List<EnrichedEvent> out = new ArrayList<>();
    long offset = 0;
    for (ErrorEvent e : parsed) {
      CatalogEntry entry = CATALOG.find(e.code(), e.platform());
      out.add(new EnrichedEvent(e.code(), entry != null,
          entry == null ? Category.UNKNOWN.id() : entry.category().id(),
          entry == null ? "" : entry.message(),
          entry == null ? "" : entry.description(),
          entry == null ? Category.UNKNOWN.hint() : entry.hint(),
          entry == null ? "unknown" : entry.platform().id(),
          e.platform().id(), e.appkey(), e.timestampMillis(), "jmessage.logs", (int) (offset % 6), offset++,
          e.excerpt()));
    }
    return out;
  }
}
