package io.jmsgerrors.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.jmsgerrors.deploy.DockerfileInstructions;
import io.jmsgerrors.embedded.EmbeddedKafkaBroker;
import io.jmsgerrors.testkit.ChildJvm;
import io.jmsgerrors.testkit.ServiceHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end benchmark (bench/e2e.sh): a real broker, N corpus records in a 6-partition topic,
 * Kafka's ConsumerPerformance on it, then the service (default config, exactly-once) in a child
 * JVM with the image's JVM flags ({@link #imageJvmFlags}) on the same topic: its rate until all input is committed, its CPU per record,
 * produce-to-enriched and produce-to-counted latency at half that rate ({@link LatencyProbe}), and its peak heap. Arguments: {@code key=value}
 * (see {@link #DEFAULTS}).
 */
public final class E2eBench {
  static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("records", "1000000"),
      Map.entry("partitions", "6"), Map.entry("appkeys", "10000"), Map.entry("latencySeconds", "30"),
      Map.entry("latencyRate", "auto"), Map.entry("serviceHeap", "512m"), Map.entry("out", "bench/results/e2e.json"),
      Map.entry("jfr", "bench/results/e2e-service.jfr"), Map.entry("serviceEnv", ""),
      Map.entry("straightforward", "true"), Map.entry("floor", "false"), Map.entry("kafkaWork", "false"), Map.entry("appkeySkew", "0"),
      Map.entry("eventTimes", "live"), Map.entry("warmUp", "true"));
  static final String INPUT = "jmessage.logs";
  private static final String ENRICHED = "jmessage.errors.enriched";

  private E2eBench() {}

  /**
   * The JVM flags ({@code -XX:...}) of the image's ENTRYPOINT in the Dockerfile, but its heap share
   * ({@code -XX:MaxRAMPercentage}): every child JVM of the benchmark (the service, the
   * straightforward and do-nothing topologies) runs with the flags the image ships, the heap set by
   * {@code serviceHeap}.
   */
  static List<String> imageJvmFlags() throws java.io.IOException {
    return imageJvmFlags(Files.readString(Path.of("Dockerfile")));
  }

  /** {@link #imageJvmFlags()} of a Dockerfile's text: the final stage's (last) exec-form ENTRYPOINT. */
  static List<String> imageJvmFlags(String dockerfile) {
    List<DockerfileInstructions.Instruction> entrypoints = DockerfileInstructions.parse(dockerfile).inFinalStage("ENTRYPOINT");
    String arguments = entrypoints.isEmpty() ? "" : entrypoints.get(entrypoints.size() - 1).arguments();
    if (!arguments.startsWith("[")) {
      throw new IllegalStateException("the Dockerfile has no ENTRYPOINT in exec form");
    }
    return DockerfileInstructions.execForm(arguments).stream()
        .filter(a -> a.startsWith("-XX:") && !a.startsWith("-XX:MaxRAMPercentage=")).toList();
  }

  public static void main(String[] args) throws Exception {
    ((LoggerContext) LoggerFactory.getILoggerFactory()).getLoggerList().forEach(l -> l.setLevel(Level.ERROR));
    Map<String, String> opt = new LinkedHashMap<>(DEFAULTS);
    for (String a : args) {
      opt.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    long n = Long.parseLong(opt.get("records"));
    int partitions = Integer.parseInt(opt.get("partitions"));
    E2eReport report = new E2eReport();
    report.put("load_before", loadAverage());
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary(Map.of());
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      String bootstrap = broker.bootstrapServers();
      admin.createTopics(List.of(new NewTopic(INPUT, Optional.of(partitions), Optional.empty()))).all().get();
      boolean live = switch (opt.get("eventTimes")) {
        case "live" -> true;
        case "day" -> false;
        default -> throw new IllegalArgumentException("eventTimes must be live or day: " + opt.get("eventTimes"));
      };
      report.put("event_times", opt.get("eventTimes"));
      CorpusLoader corpus = new CorpusLoader(Integer.parseInt(opt.get("appkeys")), live,
          Double.parseDouble(opt.get("appkeySkew")));
      report.put("appkey_skew", Double.parseDouble(opt.get("appkeySkew")));
      long t = System.nanoTime();
      corpus.load(bootstrap, INPUT, n);
      double nanosPerRecord = (double) (System.nanoTime() - t) / n;
      report.put("records", n);
      report.put("partitions", partitions);
      report.put("load_seconds", (System.nanoTime() - t) / 1e9);
      report.put("error_records", corpus.errorRecords);
      report.put("distinct_codes", corpus.codes.size());
      report.put("distinct_appkeys", corpus.appkeys.size());
      say("loaded " + n + " records (" + corpus.codes.size() + " codes, " + corpus.appkeys.size() + " appkeys)");

      double fetch1 = fetchRate(report, "consumer_perf_before", bootstrap, n);
      Path jfr = Path.of(opt.get("jfr")).toAbsolutePath();
      Files.createDirectories(jfr.getParent());
      report.put("service_env", opt.get("serviceEnv"));
      List<String> imageFlags = imageJvmFlags();
      report.put("service_jvm_flags", String.join(" ", imageFlags));
      // every child JVM: the image's flags and the heap of serviceHeap
      List<String> jvmFlags = new java.util.ArrayList<>(imageFlags);
      jvmFlags.add("-Xmx" + opt.get("serviceHeap"));
      Map<String, String> serviceEnv = env(opt.get("serviceEnv"));
      ServiceRun service = ServiceRun.start(bootstrap, jvmFlags, jfr, serviceEnv);
      report.put("service_log", service.log());
      try {
        ServiceRun.Throughput tp = service.measureThroughput(admin, partitions, n);
        report.put("service_load", loadAverage());
        report.put("service_seconds", tp.seconds());
        report.put("service_records_per_sec", tp.rate());
        report.put("service_steady_records_per_sec", tp.steadyRate());
        report.put("service_cpu_seconds", tp.serviceCpu());
        report.put("service_records_per_cpu_sec", n / tp.serviceCpu());
        // the second half of the input, when the JIT has compiled most of the hot code
        report.put("service_second_half_records_per_sec", tp.secondHalfRate());
        report.put("service_second_half_records_per_cpu_sec", (n - n / 2) / tp.secondHalfCpu());
        report.put("broker_and_bench_cpu_seconds", tp.brokerCpu());
        report.put("metrics_scrapes", tp.scrapes());
        report.put("metrics_scrape_ms_max", tp.scrapeMsMax());
        report.put("metrics_series", tp.series());
        say("service: " + Math.round(tp.rate()) + " records/s (load " + loadAverage() + ")");

        String warmUpTopic = null;
        if (Boolean.parseBoolean(opt.get("warmUp"))) {
          warmUpTopic = "bench.warm-up";
          admin.createTopics(List.of(new NewTopic(warmUpTopic, Optional.of(partitions), Optional.empty()))).all().get();
        }
        report.put("latency_warm_up_seconds", warmUpTopic == null ? 0 : LatencyProbe.WARM_UP.toSeconds());
        double rate = "auto".equals(opt.get("latencyRate")) ? tp.rate() / 2 : Double.parseDouble(opt.get("latencyRate"));
        LatencyProbe.Result lat = new LatencyProbe().run(bootstrap, INPUT, ENRICHED,
            service.appId() + "-" + io.jmsgerrors.topology.StoreNames.TOTALS + "-changelog", partitions, corpus, rate,
            Duration.ofSeconds(Long.parseLong(opt.get("latencySeconds"))), nanosPerRecord, warmUpTopic);
        report.put("latency_load", loadAverage());
        report.put("latency_rate", Math.round(lat.rate()));
        report.put("latency_records", lat.produced());
        putLatency(report, "latency", lat.enriched());
        putTimeline(report, "latency", lat.enriched());
        // produce -> counted: marker records until their count is in the committed totals changelog
        report.put("counted_markers", lat.markers());
        putLatency(report, "counted", lat.counted());
        report.put("counted_wrong_counts", lat.wrongMarkerCounts());
        putTimeline(report, "counted", lat.counted());
        // what the stream threads report of their commits (the wait a record's output has before
        // a read_committed reader sees it), read once after the latency phase
        String text = service.http().metrics();
        report.put("commit_latency_avg_ms", ServiceHttp.max(text, "kafka_stream_thread_commit_latency_avg"));
        report.put("commit_latency_max_ms", ServiceHttp.max(text, "kafka_stream_thread_commit_latency_max"));
        Path histogram = Path.of(opt.get("out").replace(".json", "") + "-histogram.txt");
        service.histogram(histogram);
        report.put("heap_histogram", histogram.toString());
      } finally {
        report.put("service_exit", service.stop());
      }
      JfrHeap heap = JfrHeap.read(jfr);
      report.put("service_heap_max", opt.get("serviceHeap"));
      report.put("peak_heap_used_mb", heap.peakBytes() / 1048576.0);
      report.put("max_heap_after_gc_mb", heap.maxAfterGcBytes() / 1048576.0);
      double fetch2 = fetchRate(report, "consumer_perf_after", bootstrap, n);
      double fetch = Math.max(fetch1, fetch2);
      if (Boolean.parseBoolean(opt.get("straightforward"))) {
        childTopology(report, "straightforward", bootstrap, admin, partitions, n, jvmFlags, Map.of(), fetch);
      }
      if (Boolean.parseBoolean(opt.get("floor"))) {
        childTopology(report, "floor", bootstrap, admin, partitions, n, jvmFlags, Map.of(), fetch);
      }
      // true: the service's Kafka work alone; else a comma-separated list of variants, each
      // "all" or parts joined by '-' (enriched, repartition, stores, changelog)
      String kafkaWork = opt.get("kafkaWork");
      if (!kafkaWork.equals("false")) {
        for (String variant : (kafkaWork.equals("true") ? "all" : kafkaWork).split(",")) {
          childTopology(report, variant.equals("all") ? "kafka_work" : "kafka_work_" + variant.replace('-', '_'),
              bootstrap, admin, partitions, n, jvmFlags, serviceEnv, fetch);
        }
      }
      double serviceRate = ((Number) report.get("service_records_per_sec")).doubleValue();
      report.put("fetch_rate_max", fetch);
      report.put("ratio_to_fetch_rate", serviceRate / fetch);
      report.put("ratio_steady_to_fetch_rate",
          ((Number) report.get("service_steady_records_per_sec")).doubleValue() / fetch);
      report.put("ratio_second_half_to_fetch_rate",
          ((Number) report.get("service_second_half_records_per_sec")).doubleValue() / fetch);
      report.put("load_after", loadAverage());
    }
    report.write(Path.of(opt.get("out")));
    System.out.println(report.table());
  }

  /**
   * Runs {@link StraightforwardTopology} in a child JVM with the service's heap on the same topic,
   * and reports its rates and their ratio to the fetch rate under keys starting with {@code name}:
   * "straightforward" is the issue's anchor, "floor" the do-nothing topology under the same settings,
   * "kafka_work" the service's Kafka writes and state with nothing else, under the service's settings
   * ({@code env}: the service's extra environment, {@code serviceEnv}, which these settings read too).
   */
  private static void childTopology(E2eReport report, String name, String bootstrap, Admin admin, int partitions,
      long n, List<String> jvmFlags, Map<String, String> env, double fetch) throws Exception {
    String appId = name + "-" + System.currentTimeMillis();
    Path dir = Files.createTempDirectory("jmsg-bench-" + name + "-");
    Path ready = dir.resolve("ready");
    if (!admin.listTopics().names().get().contains(StraightforwardTopology.OUTPUT)) {
      admin.createTopics(List.of(new NewTopic(StraightforwardTopology.OUTPUT, Optional.of(partitions), Optional.empty())))
          .all().get();
    }
    ChildJvm jvm = ChildJvm.start(StraightforwardTopology.class.getName(), jvmFlags, env,
        bootstrap, appId, dir.resolve("state").toString(), ready.toString(), name);
    try {
      ServiceRun.Throughput tp = ServiceRun.measure(jvm, appId, admin, partitions, n, () -> Files.exists(ready), null);
      report.put(name + "_load", loadAverage());
      report.put(name + "_records_per_sec", tp.rate());
      report.put(name + "_steady_records_per_sec", tp.steadyRate());
      report.put(name + "_second_half_records_per_sec", tp.secondHalfRate());
      report.put(name + "_records_per_cpu_sec", n / tp.serviceCpu());
      report.put(name + "_second_half_records_per_cpu_sec", (n - n / 2) / tp.secondHalfCpu());
      report.put(name + "_ratio_to_fetch_rate", tp.rate() / fetch);
      report.put(name + "_ratio_second_half_to_fetch_rate", tp.secondHalfRate() / fetch);
      say(name + " topology: " + Math.round(tp.rate()) + " records/s (load " + loadAverage() + ")");
    } finally {
      report.put(name + "_exit", jvm.stop(Duration.ofSeconds(90)));
      report.put(name + "_log", jvm.logFile().toString());
    }
  }

  private static double fetchRate(E2eReport report, String name, String bootstrap, long n) throws InterruptedException {
    Map<String, String> cp = ConsumerPerf.run(bootstrap, INPUT, n);
    report.put(name, cp);
    report.put(name + "_load", loadAverage());
    say("ConsumerPerformance fetch.nMsg.sec " + cp.get("fetch.nMsg.sec") + " (load " + loadAverage() + ")");
    return Double.parseDouble(cp.get("fetch.nMsg.sec"));
  }

  /** {@code K=V;K2=V2} as a map (the service's extra environment, e.g. KAFKA_PRODUCER_COMPRESSION_TYPE=zstd). */
  private static Map<String, String> env(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String kv : spec.split(";")) {
      if (!kv.isBlank()) {
        out.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
      }
    }
    return out;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  /** A latency's figures under {@code prefix}: samples, p50, p99, max, and p99 and max after the first 40 s. */
  private static void putLatency(E2eReport report, String prefix, LatencyProbe.Latency l) {
    report.put(prefix + "_samples", l.samples());
    report.put(prefix + "_p50_ms", l.p50Ms());
    report.put(prefix + "_p99_ms", l.p99Ms());
    report.put(prefix + "_max_ms", l.maxMs());
    report.put(prefix + "_p99_after_first_40s_ms", l.settledP99Ms());
    report.put(prefix + "_max_after_first_40s_ms", l.settledMaxMs());
  }

  /** A latency's 5-s slices, in the report and printed, under {@code prefix}. */
  private static void putTimeline(E2eReport report, String prefix, LatencyProbe.Latency l) {
    report.put(prefix + "_timeline_utc", l.timeline());
    l.timeline().forEach(line -> say(prefix + " " + line));
  }

  private static void say(String s) {
    System.out.println("[e2e] " + s);
  }

  /** The service in a child JVM, and how fast it consumes the input. */
  record ServiceRun(ChildJvm jvm, ServiceHttp http, String appId) {
    record Throughput(double seconds, long records, double steadyRate, double serviceCpu, double brokerCpu,
        int scrapes, long scrapeMsMax, long series, double secondHalfRate, double secondHalfCpu) {
      double rate() {
        return records / seconds;
      }
    }

    static ServiceRun start(String bootstrap, List<String> jvmFlags, Path jfr, Map<String, String> extraEnv)
        throws java.io.IOException {
      int port = ServiceHttp.freePort();
      String appId = "jmsg-errors-bench-" + System.currentTimeMillis();
      Path stateDir = Files.createTempDirectory("jmsg-bench-state-");
      Map<String, String> env = new LinkedHashMap<>(extraEnv);
      env.putAll(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "APPLICATION_ID", appId, "STATE_DIR", stateDir.toString(),
          "HTTP_PORT", Integer.toString(port), "HTTP_BIND_ADDRESS", "127.0.0.1", "LOG_LEVEL", "WARN"));
      List<String> flags = new java.util.ArrayList<>(jvmFlags);
      flags.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
      ChildJvm jvm = ChildJvm.start("io.jmsgerrors.app.Main", flags, env, "run");
      return new ServiceRun(jvm, new ServiceHttp(port), appId);
    }

    String log() {
      return jvm.logFile().toString();
    }

    /** Writes the top of the service's live-object histogram ({@code jcmd GC.class_histogram}, a full GC). */
    void histogram(Path file) throws java.io.IOException, InterruptedException {
      Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(jvm.pid()), "GC.class_histogram")
          .redirectErrorStream(true).start();
      List<String> all = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines().toList();
      List<String> lines = new java.util.ArrayList<>(all.subList(0, Math.min(40, all.size())));
      all.stream().filter(l -> l.startsWith("Total")).forEach(lines::add);
      p.waitFor();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, lines);
    }

    int stop() {
      return jvm.stop(Duration.ofSeconds(90));
    }

    /** Waits for readiness, then polls the group's committed offsets until all {@code n} records are committed. */
    Throughput measureThroughput(Admin admin, int partitions, long n) throws Exception {
      return ServiceRun.measure(jvm, appId, admin, partitions, n, () -> http.status("/health/ready") == 200, http);
    }

    /**
     * Waits until {@code ready}, then polls group {@code appId}'s committed offsets until all
     * {@code n} records are committed, scraping {@code /metrics} every 15 s when {@code http} is given.
     */
    static Throughput measure(ChildJvm jvm, String appId, Admin admin, int partitions, long n,
        java.util.function.BooleanSupplier ready, ServiceHttp http) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!ready.getAsBoolean()) {
        check(jvm, deadline, "the application did not become ready");
        Thread.sleep(50);
      }
      long readyAt = System.nanoTime();
      double cpu0 = ProcCpu.seconds(jvm.pid());
      double self0 = ProcCpu.self();
      long at10 = 0;
      long at50 = 0;
      double cpu50 = 0;
      long at90 = 0;
      long nextScrape = readyAt + TimeUnit.SECONDS.toNanos(15);
      int scrapes = 0;
      long scrapeMax = 0;
      long series = 0;
      deadline = readyAt + TimeUnit.MINUTES.toNanos(30);
      while (true) {
        long done = committed(admin, appId, partitions);
        long now = System.nanoTime();
        at10 = at10 == 0 && done >= n / 10 ? now : at10;
        at90 = at90 == 0 && done >= n * 9 / 10 ? now : at90;
        if (at50 == 0 && done >= n / 2) {
          at50 = now;
          cpu50 = ProcCpu.seconds(jvm.pid());
        }
        if (done >= n) {
          double cpu = ProcCpu.seconds(jvm.pid());
          return new Throughput((now - readyAt) / 1e9, n, 0.8 * n / ((at90 - at10) / 1e9),
              cpu - cpu0, ProcCpu.self() - self0, scrapes, scrapeMax, series,
              (n - n / 2) / ((now - at50) / 1e9), cpu - cpu50);
        }
        if (http != null && now > nextScrape) {
          long s = System.nanoTime();
          series = http.metrics().lines().filter(l -> !l.startsWith("#")).count();
          scrapeMax = Math.max(scrapeMax, (System.nanoTime() - s) / 1_000_000);
          scrapes++;
          nextScrape = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        }
        check(jvm, deadline, "the application did not consume all input");
        Thread.sleep(20);
      }
    }

    private static long committed(Admin admin, String appId, int partitions) throws Exception {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
      long sum = 0;
      for (int p = 0; p < partitions; p++) {
        OffsetAndMetadata o = offsets.get(new TopicPartition(INPUT, p));
        sum += o == null ? 0 : o.offset();
      }
      return sum;
    }

    private static void check(ChildJvm jvm, long deadline, String what) {
      if (!jvm.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(what + "; log: " + jvm.logFile());
      }
    }
  }
}
