package io.jmsgerrors.parse;

import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The word search of {@link Platforms} (its markers, every occurrence in a record)
 * over corpus records with an error, with four-byte windows ({@code quads}, what the parser uses)
 * and with two-byte ones ({@code pairs}, the search before). JMH, run by bench/jmh.sh, never by verify.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WordSetBench {
  @Param({"quads", "pairs"})
  public String windows;

  private byte[][] corpus;
  private WordSet set;
  private int next;

  @Setup
  public void setUp() {
    CorpusGenerator gen = new CorpusGenerator(20261125L);
    List<byte[]> out = new ArrayList<>();
    while (out.size() < 20_000) {
      LabelledRecord r = gen.next();
      if (r.hasErrors()) {
        out.add(r.bytes());
      }
    }
    corpus = out.toArray(new byte[0][]);
    String[] words = Platforms.MARKER_WORDS;
    set = "pairs".equals(windows) ? WordSet.withPairs(words) : new WordSet(words);
  }

  /** Every occurrence in one record: the positions summed, so nothing is optimised away. */
  @Benchmark
  public long findAll() {
    byte[] r = corpus[next];
    next = next + 1 == corpus.length ? 0 : next + 1;
    long sum = 0;
    int i = 0;
    while (i < r.length) {
      long f = set.find(r, i, r.length);
      if (f < 0) {
        break;
      }
      sum += f;
      i = WordSet.position(f) + 1;
    }
    return sum;
  }
}
