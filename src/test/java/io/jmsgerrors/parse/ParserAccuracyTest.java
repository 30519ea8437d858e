package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.AccuracyReport;
import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.HandwrittenCorpus;
import io.jmsgerrors.corpus.LabelledRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures the parser against labelled corpora it was not written from: two generated samples and a hand-written one. */
class ParserAccuracyTest {
  private static final int RECORDS = 20_000;
  private static final double MIN_PRECISION = 0.99;
  private static final double MIN_RECALL = 0.97;
  private static final double MIN_APPKEY_ACCURACY = 0.97;
  private static final double MAX_INVENTED_APPKEYS = 0.01;

  private final LogParser parser = new LogParser(Catalog.builtIn());

  @Test
  void shouldFindCodesInTheGeneratedCorpusOfSeed20261125() {
    assertAccurate(score("generated seed 20261125", new CorpusGenerator(20261125L).generate(RECORDS)));
  }

  @Test
  void shouldFindCodesInTheGeneratedCorpusOfAnotherSeed() {
    assertAccurate(score("generated seed 7", new CorpusGenerator(7L).generate(RECORDS)));
  }

  @Test
  void shouldFindCodesInTheHandwrittenCorpus() {
    List<LabelledRecord> records = HandwrittenCorpus.load();
    assertThat(records).hasSizeGreaterThanOrEqualTo(150);
    assertAccurate(score("handwritten", records));
  }

  private AccuracyReport score(String name, List<LabelledRecord> records) {
    AccuracyReport report = new AccuracyReport(name);
    for (LabelledRecord r : records) {
      report.add(r, parser.parse(r.bytes()));
    }
    System.out.println(report.summary());
    return report;
  }

  private static void assertAccurate(AccuracyReport report) {
    String diagnosis = report.summary() + "\nworst examples:" + report.worst(20);
    assertThat(report.leaks()).as("planted secrets in event fields").isEmpty();
    assertThat(report.precision()).as(diagnosis).isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(report.recall()).as(diagnosis).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(report.appkeyAccuracy()).as(diagnosis).isGreaterThanOrEqualTo(MIN_APPKEY_ACCURACY);
    assertThat(report.appkeyInventedRate()).as(diagnosis).isLessThanOrEqualTo(MAX_INVENTED_APPKEYS);
  }
}
