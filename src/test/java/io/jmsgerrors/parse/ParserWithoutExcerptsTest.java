package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserWithoutExcerptsTest {
  @Test
  void shouldFindTheSameEventsAsTheFullParserWithEmptyExcerpts() {
    LogParser full = new LogParser(Catalog.builtIn());
    LogParser counting = LogParser.withoutExcerpts(Catalog.builtIn());
    int events = 0;
    for (LabelledRecord r : new CorpusGenerator(20261126L).generate(20_000)) {
      byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
      List<ErrorEvent> expected = full.parse(bytes).stream()
          .map(e -> new ErrorEvent(e.code(), e.entry(), e.platform(), e.appkey(), e.timestampMillis(), ""))
          .toList();

      assertThat(counting.parse(bytes)).as(r.text()).isEqualTo(expected);
      events += expected.size();
    }
    assertThat(events).as("events in the corpus").isGreaterThan(5_000);
  }

  @Test
  void shouldStillBuildExcerptsInTheFullParser() {
    assertThat(new LogParser(Catalog.builtIn()).parse("login failed: code 801003").get(0).excerpt())
        .contains("801003");
    assertThat(LogParser.withoutExcerpts(Catalog.builtIn()).parse("login failed: code 801003").get(0).excerpt())
        .isEmpty();
  }

  @Test
  void shouldFindTheSameEventsAsTheFullParserWithCodesAndPlatformsOnly() {
    LogParser full = new LogParser(Catalog.builtIn());
    LogParser table = LogParser.codesAndPlatformsOnly(Catalog.builtIn());
    int events = 0;
    int timed = 0;
    int withAppkey = 0;
    for (LabelledRecord r : new CorpusGenerator(20261127L).generate(20_000)) {
      byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
      List<ErrorEvent> fullEvents = full.parse(bytes);
      List<ErrorEvent> expected = fullEvents.stream()
          .map(e -> new ErrorEvent(e.code(), e.entry(), e.platform(), null, ErrorEvent.NO_TIMESTAMP, ""))
          .toList();

      assertThat(table.parse(bytes)).as(r.text()).isEqualTo(expected);
      events += expected.size();
      timed += (int) fullEvents.stream().filter(e -> e.timestampMillis() != ErrorEvent.NO_TIMESTAMP).count();
      withAppkey += (int) fullEvents.stream().filter(e -> e.appkey() != null).count();
    }
    assertThat(events).as("events in the corpus").isGreaterThan(5_000);
    assertThat(timed).as("events the full parser gives a time").isGreaterThan(events / 2);
    assertThat(withAppkey).as("events the full parser gives an appkey").isGreaterThan(events / 4);
  }
}
