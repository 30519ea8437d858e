package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.CorpusGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LogParser#parse(byte[], int, int, ErrorEventSink)} reads the record {@code [off, off + len)}
 * and nothing around it: a record in a shared buffer (as {@code ScanBaseline} and any batching
 * caller hand it) gives the events it gives alone.
 */
class RecordSliceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  private final LogParser parser = new LogParser(Catalog.builtIn(), CLOCK, ZoneOffset.UTC);

  @Test
  void shouldNotTakeTheErrorObjectOfThePreviousRecordForTheCodesParent() {
    byte[] before = "{\"error\":{\"message\":\"boom\",\n".getBytes(StandardCharsets.UTF_8);
    byte[] record = "\"code\":812345}}".getBytes(StandardCharsets.UTF_8);
    assertThat(Catalog.builtIn().lookup(812345, null)).as("the test needs a code the catalog does not know").isEmpty();
    assertThat(parser.parse(concat(before, record)))
        .as("the same bytes as one record: a REST error body").hasSize(1);

    assertThat(parser.parse(record)).isEmpty();
    assertThat(sliceEvents(concat(before, record), before.length, record.length)).isEmpty();
  }

  @Test
  void shouldEndTheExcerptAtTheRecordsEndWhateverByteFollowsIt() {
    byte[] record = "jmessage errorCode=803010 failed".getBytes(StandardCharsets.UTF_8);
    // the next bytes of the buffer start with a UTF-8 continuation byte (a neighbour cut mid-character)
    byte[] buffer = concat(record, new byte[] {(byte) 0x80, 'x'});

    List<ErrorEvent> alone = parser.parse(record);
    assertThat(alone).hasSize(1);
    assertThat(alone.get(0).excerpt()).endsWith("failed");
    assertThat(sliceEvents(buffer, 0, record.length)).isEqualTo(alone);
  }

  @Test
  void shouldGiveEveryCorpusRecordTheSameEventsBetweenItsNeighboursAsAlone() {
    CorpusGenerator corpus = new CorpusGenerator(20261126L);
    byte[] previous = corpus.next().text().getBytes(StandardCharsets.UTF_8);
    byte[] current = corpus.next().text().getBytes(StandardCharsets.UTF_8);
    int withErrors = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] next = corpus.next().text().getBytes(StandardCharsets.UTF_8);
      byte[] buffer = concat(previous, current, next);
      List<ErrorEvent> alone = parser.parse(current);
      withErrors += alone.isEmpty() ? 0 : 1;

      assertThat(sliceEvents(buffer, previous.length, current.length))
          .as("record %d: %s", i, new String(current, StandardCharsets.UTF_8)).isEqualTo(alone);
      previous = current;
      current = next;
    }
    assertThat(withErrors).as("records with errors among the 3,000").isGreaterThan(600);
  }

  private List<ErrorEvent> sliceEvents(byte[] buffer, int off, int len) {
    List<ErrorEvent> out = new ArrayList<>();
    parser.parse(buffer, off, len, out::add);
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
