package io.jmsgerrors.bench;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.corpus.LabelledRecord;
import io.jmsgerrors.parse.ErrorEventSink;
import io.jmsgerrors.parse.LogParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Parser records per CPU-second of the parsing thread, best pass of the last two thirds: a
 * companion to {@link ParserBench} for a shared machine, where wall-clock throughput moves several
 * times between runs. Usage: {@code java -cp CP io.jmsgerrors.bench.ParserCpu mixed|clean|errors [passes [full|extract]]}
 * ({@code extract}: {@link LogParser#withoutExcerpts}).
 */
public final class ParserCpu {
  private static long codes;

  private ParserCpu() {}

  public static void main(String[] args) {
    String lines = args.length > 0 ? args[0] : "errors";
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 24;
    Predicate<LabelledRecord> keep = switch (lines) {
      case "clean" -> r -> !r.hasErrors();
      case "errors" -> LabelledRecord::hasErrors;
      default -> r -> true;
    };
    byte[][] corpus = BenchCorpus.of(100_000, keep).records;
    boolean extract = args.length > 2 && "extract".equals(args[2]);
    LogParser parser = extract ? LogParser.withoutExcerpts(Catalog.builtIn()) : new LogParser(Catalog.builtIn());
    ErrorEventSink sink = e -> codes += e.code();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Long> rates = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (byte[] record : corpus) {
        parser.parse(record, sink);
      }
      long cpu = mx.getCurrentThreadCpuTime() - t0;
      if (pass >= passes / 3) {
        rates.add(Math.round(corpus.length / (cpu / 1e9)));
      }
    }
    long best = rates.stream().mapToLong(Long::longValue).max().orElse(0);
    System.out.printf("%s%s: best %,d records per CPU-second; passes %s (checksum %d)%n", lines, extract ? " (extract)" : "", best, rates, codes);
  }
}
