package io.jmsgerrors.bench;

import io.jmsgerrors.testkit.ChildJvm;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs Kafka's own {@code ConsumerPerformance} tool in a child JVM and reads its result line. */
final class ConsumerPerf {
  private ConsumerPerf() {}

  /** The tool's result columns (e.g. {@code fetch.nMsg.sec}) for reading {@code n} records of {@code topic}. */
  static Map<String, String> run(String bootstrap, String topic, long n) throws InterruptedException {
    ChildJvm jvm = ChildJvm.start("org.apache.kafka.tools.ConsumerPerformance", List.of("-Xmx1g"), Map.of(),
        "--bootstrap-server", bootstrap, "--topic", topic, "--messages", Long.toString(n),
        "--timeout", "120000", "--group", "bench-consumer-perf-" + System.nanoTime());
    double cpu = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (jvm.isAlive() && System.nanoTime() < deadline) {
      cpu = Math.max(cpu, ProcCpu.seconds(jvm.pid()));
      Thread.sleep(20);
    }
    int exit = jvm.waitForExit(Duration.ofMinutes(1));
    String[] lines = jvm.output().split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].contains("fetch.nMsg.sec")) {
        String[] keys = lines[i].split(",\\s*");
        String[] values = lines[i + 1].split(",\\s*");
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < keys.length && k < values.length; k++) {
          out.put(keys[k].trim(), values[k].trim());
        }
        out.put("process.cpu.seconds", String.format("%.2f", cpu));
        return out;
      }
    }
    throw new IllegalStateException("ConsumerPerformance (exit " + exit + ") printed no result:\n" + jvm.output());
  }
}
