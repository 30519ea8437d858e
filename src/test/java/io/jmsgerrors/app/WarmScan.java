package io.jmsgerrors.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;

/**
 * Runs the table scan of one file several times in one JVM and prints each run's time: the first
 * pays the JIT's warm-up, the later ones show the scan's speed once compiled. A measurement tool
 * for docs/BENCHMARKS.md, not a test.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/jmsg-errors.jar io.jmsgerrors.app.WarmScan FILE [RUNS]}
 */
public final class WarmScan {
  private WarmScan() {}

  public static void main(String[] args) {
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    for (int i = 1; i <= runs; i++) {
      long t = System.nanoTime();
      StringWriter table = new StringWriter();
      int exit = ScanCommand.plain(new String[] {"scan", args[0]})
          .runPlain(new PrintWriter(table), new PrintWriter(System.err, true));
      System.out.printf("run %d: %.0f ms (exit %d, table %d chars; JVM up %d ms)%n", i,
          (System.nanoTime() - t) / 1e6, exit, table.getBuffer().length(),
          ManagementFactory.getRuntimeMXBean().getUptime());
    }
  }
}
