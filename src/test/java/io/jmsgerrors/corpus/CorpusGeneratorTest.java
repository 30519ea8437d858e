package io.jmsgerrors.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final int N = 20_000;

  @Test
  void shouldGenerateTheSameRecordsForTheSameSeed() {
    assertThat(new CorpusGenerator(42).generate(500)).isEqualTo(new CorpusGenerator(42).generate(500));
    assertThat(new CorpusGenerator(42).generate(50)).isNotEqualTo(new CorpusGenerator(43).generate(50));
  }

  @Test
  void shouldStampRecordsWithTheClockWhenGivenOneAsALiveStreamDoes() {
    long now = java.time.Instant.parse("2027-03-01T12:00:00Z").toEpochMilli();
    List<LabelledRecord> records = new CorpusGenerator(5, Catalog.builtIn(), () -> now).generate(2000);
    assertThat(records).noneMatch(r -> r.text().contains("2026-11-25"));
    assertThat(records).filteredOn(r -> r.text().contains("2027-03-01")).hasSizeGreaterThan(100);
  }

  @Test
  void shouldPutErrorsInAboutFortyPercentOfRecords() {
    long withErrors = new CorpusGenerator(1).generate(N).stream().filter(LabelledRecord::hasErrors).count();
    assertThat(withErrors / (double) N).isBetween(0.37, 0.43);
  }

  @Test
  void shouldWriteEveryExpectedCodeAndAppkeyIntoTheRecordText() {
    for (LabelledRecord r : new CorpusGenerator(2).generate(N)) {
      String lower = r.text().toLowerCase(Locale.ROOT);
      for (ExpectedEvent e : r.events()) {
        assertThat(r.text()).as(r.shape()).contains(Integer.toString(e.code()));
        if (e.appkey() != null) {
          assertThat(e.appkey()).matches("[0-9a-f]{24}");
          assertThat(lower).as(r.shape()).contains(e.appkey());
        }
      }
    }
  }

  @Test
  void shouldProduceEveryShapeWithAndWithoutEnvelopes() {
    Set<String> shapes = new HashSet<>();
    new CorpusGenerator(3).generate(N).forEach(r -> shapes.add(r.shape()));
    assertThat(shapes).contains("rest-raw", "rest-pretty", "rest-exception", "rest-batch", "java-client", "android-template",
        "android-improtocol", "flutter-android", "ios-nserror", "flutter-ios", "react-native", "web-event", "app-keyed",
        "app-chinese", "app-logfmt", "app-json", "ordinary", "look-alike", "rest-raw+envelope", "look-alike+envelope");
  }

  @Test
  void shouldPlantSecretsThatAreNotAppkeysInSomeRecords() {
    List<LabelledRecord> records = new CorpusGenerator(4).generate(N);
    long withSecrets = records.stream().filter(r -> !r.secrets().isEmpty()).count();
    assertThat(withSecrets).isGreaterThan(N / 100);
    for (LabelledRecord r : records) {
      for (ExpectedEvent e : r.events()) {
        assertThat(r.secrets()).doesNotContain(e.appkey());
      }
      String decoded = decodedBasicAuth(r);
      r.secrets().forEach(s -> assertThat(r.text() + decoded).contains(s));
    }
  }

  @Test
  void shouldGiveSeveralEventsForBatchResults() {
    for (LabelledRecord r : new CorpusGenerator(5).generate(N)) {
      if (r.shape().startsWith("rest-batch")) {
        assertThat(r.events().size()).as(r.text()).isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void shouldWorkWithAnEmptyCatalog() {
    assertThat(new CorpusGenerator(6, Catalog.of(List.of())).generate(1000)).filteredOn(LabelledRecord::hasErrors).isNotEmpty();
  }

  private static String decodedBasicAuth(LabelledRecord r) {
    StringBuilder sb = new StringBuilder();
    for (String s : r.secrets()) {
      if (r.text().contains("Basic " + s)) {
        sb.append(' ').append(new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }
}
