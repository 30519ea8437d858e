package io.jmsgerrors.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of processes, from /proc (user + system), so costs can be stated per CPU-second. */
final class ProcCpu {
  private static final double TICKS_PER_SECOND = 100.0;

  private ProcCpu() {}

  /** CPU seconds process {@code pid} has used so far, or -1 when it is gone. */
  static double seconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU seconds this JVM has used so far. */
  static double self() {
    return seconds(ManagementFactory.getRuntimeMXBean().getPid());
  }
}
