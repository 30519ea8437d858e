package io.jmsgerrors.bench;

import io.jmsgerrors.corpus.CorpusGenerator;
import io.jmsgerrors.corpus.LabelledRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The benchmarks' input: corpus records pre-encoded to UTF-8, with their line count. */
final class BenchCorpus {
  static final long SEED = 20261125L;

  final byte[][] records;
  final long lines;

  private BenchCorpus(byte[][] records, long lines) {
    this.records = records;
    this.lines = lines;
  }

  /** The first {@code n} records of the seeded corpus that {@code keep} accepts. */
  static BenchCorpus of(int n, Predicate<LabelledRecord> keep) {
    CorpusGenerator gen = new CorpusGenerator(SEED);
    List<byte[]> out = new ArrayList<>(n);
    long lines = 0;
    while (out.size() < n) {
      LabelledRecord r = gen.next();
      if (keep.test(r)) {
        byte[] b = r.bytes();
        out.add(b);
        lines += lineCount(b);
      }
    }
    return new BenchCorpus(out.toArray(new byte[0][]), lines);
  }

  static long lineCount(byte[] b) {
    long n = 1;
    for (byte x : b) {
      if (x == '\n') {
        n++;
      }
    }
    return n;
  }

  double linesPerRecord() {
    return (double) lines / records.length;
  }
}
