package io.jmsgerrors.bench;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.ErrorEventSink;
import io.jmsgerrors.parse.LogParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parser throughput on one thread, one record per operation, cycling through 100,000 corpus
 * records (the mixed corpus, only records without an error, only records with one): with excerpts
 * ({@code parse}), without ({@code extract}), and two baselines (one Java regex over a String, and
 * a plain byte scan) that anchor the machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBench {
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6,7})\\b");

  /** mixed: the whole corpus (about 40% with errors); clean: no error; errors: at least one. */
  @Param({"mixed", "clean", "errors"})
  public String lines;

  @Param("100000")
  public int records;

  private byte[][] corpus;
  private String[] strings;
  private int next;
  private LogParser parser;
  private LogParser counting;
  private Blackhole hole;
  private final ErrorEventSink sink = this::consume;

  @Setup
  public void setUp(Blackhole bh) {
    BenchCorpus c = BenchCorpus.of(records, filter(lines));
    corpus = c.records;
    strings = new String[corpus.length];
    for (int i = 0; i < corpus.length; i++) {
      strings[i] = new String(corpus[i], StandardCharsets.UTF_8);
    }
    parser = new LogParser(Catalog.builtIn());
    counting = LogParser.withoutExcerpts(Catalog.builtIn());
    hole = bh;
    System.out.printf("%n# corpus '%s': %d records, %d lines, %.3f lines/record%n",
        lines, corpus.length, c.lines, c.linesPerRecord());
  }

  private static Predicate<LabelledRecord> filter(String which) {
    return switch (which) {
      case "clean" -> r -> !r.hasErrors();
      case "errors" -> LabelledRecord::hasErrors;
      default -> r -> true;
    };
  }

  private void consume(ErrorEvent e) {
    hole.consume(e);
  }

  private int advance() {
    int i = next;
    next = i + 1 == corpus.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public int parse() {
    return parser.parse(corpus[advance()], sink);
  }

  /** The same events without excerpts: code, appkey, platform, timestamp and meaning, as {@code scan}'s table uses them. */
  @Benchmark
  public int extract() {
    return counting.parse(corpus[advance()], sink);
  }

  @Benchmark
  public int regexBaseline() {
    Matcher m = CODE.matcher(strings[advance()]);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Benchmark
  public int byteScanBaseline() {
    byte[] b = corpus[advance()];
    int digits = 0;
    for (byte x : b) {
      if (x >= '0' && x <= '9') {
        digits++;
      }
    }
    return digits;
  }
}
