package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.embedded.EmbeddedKafkaBroker;
import io.jmsgerrors.embedded.EmbeddedKafkaConfig;
import io.jmsgerrors.embedded.EmbeddedKafkaException;
import io.jmsgerrors.http.HttpService;
import io.jmsgerrors.metrics.ErrorMetricsCollector;
import io.jmsgerrors.metrics.MetricsRegistry;
import io.jmsgerrors.metrics.StreamsStateSource;
import io.jmsgerrors.web.WebRoutes;
import io.jmsgerrors.topology.TopologyConfig;
import io.jmsgerrors.topology.TopologyFactory;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the service's life: starts the embedded broker when no cluster is configured, prepares the
 * topics and the catalog, runs Kafka Streams with its HTTP endpoints until SIGTERM or a fatal
 * error, then closes everything in reverse order. Returns the process exit code.
 */
final class Runner {
  private static final Logger LOG = LoggerFactory.getLogger(Runner.class);
  static final int EXIT_OK = 0;
  static final int EXIT_FATAL = 1;

  private final AppConfig config;
  private final DemoOptions demo;
  private final PrintWriter out;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<String> fatal = new AtomicReference<>();

  /** Demo settings: off, or the feed rate and spike cadence. */
  record DemoOptions(boolean enabled, int linesPerSecond, Duration spikeEvery, Duration spikeLength) {}

  Runner(AppConfig config, DemoOptions demo, PrintWriter out) {
    this.config = config;
    this.demo = demo;
    this.out = out;
  }

  int run() {
    Thread hook = new Thread(this::onSignal, "jmsg-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      start();
      stop.await();
    } catch (FatalException | EmbeddedKafkaException e) {
      fatal.compareAndSet(null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("fatal error", e);
      fatal.compareAndSet(null, e.toString());
    } finally {
      closeAll();
      stopped.countDown();
    }
    String why = fatal.get();
    if (why != null) {
      out.println("jmsg-errors: fatal: " + why);
      out.flush();
      return EXIT_FATAL;
    }
    return EXIT_OK;
  }

  private void start() {
    String bootstrap = bootstrapServers();
    try (Admin admin = Admin.create(KafkaProperties.admin(config, bootstrap))) {
      ClusterSetup.awaitCluster(admin, bootstrap, config.brokerWaitTimeout());
      ClusterSetup.createTopics(admin, config);
    }
    Catalog catalog = Catalog.builtIn();
    CatalogSeeder.seed(config.catalogTopic(), catalog,
        KafkaProperties.consumer(config, bootstrap, config.applicationId() + "-catalog-seeder"),
        KafkaProperties.producer(config, bootstrap, config.applicationId() + "-catalog-seeder"));

    MetricsRegistry metrics = keep(new MetricsRegistry());
    KafkaStreams streams = new KafkaStreams(TopologyFactory.build(TopologyConfig.from(config, catalog)),
        KafkaProperties.streams(config, bootstrap));
    resources.push(() -> {
      LOG.info("closing Kafka Streams (flushing state, committing) ...");
      streams.close(Duration.ofSeconds(60));
    });
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("stream thread failed", e);
      fatal.compareAndSet(null, "stream processing failed: " + e);
      stop.countDown();
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> {
      LOG.info("Kafka Streams: {} -> {}", before, now);
      if (now == KafkaStreams.State.ERROR) {
        fatal.compareAndSet(null, "Kafka Streams entered state ERROR");
        stop.countDown();
      }
    });
    metrics.bind(streams);
    metrics.register(new ErrorMetricsCollector(new StreamsStateSource(streams), catalog,
        config.metricsMaxAppkeys(), Clock.systemUTC(), config.windowSize(), config.windowGrace()));
    HttpService http = keep(HttpService.start(config.httpBindAddress(), config.httpPort(),
        () -> streams.state() == KafkaStreams.State.RUNNING, metrics));
    WebRoutes.register(http, streams, catalog, config);
    streams.start();
    say("HTTP on " + config.httpBindAddress() + ":" + http.port() + "  (/ live page, /api, /health/live, /health/ready, /metrics)");
    if (demo.enabled()) {
      String topic = config.inputTopics().isPattern() ? "jmessage.logs" : config.inputTopics().names().get(0);
      DemoFeeder feeder = keep(new DemoFeeder(topic,
          KafkaProperties.producer(config, bootstrap, config.applicationId() + "-demo-feeder"),
          demo.linesPerSecond(), demo.spikeEvery(), demo.spikeLength()));
      feeder.start();
      say("demo: feeding realistic JMessage logs into " + topic);
    }
  }

  private String bootstrapServers() {
    if (!config.embedded()) {
      say("connecting to Kafka at " + config.bootstrapServers().get());
      return config.bootstrapServers().get();
    }
    say("no KAFKA_BOOTSTRAP_SERVERS set: starting the EMBEDDED Kafka broker (KRaft, in-process), data in "
        + config.embeddedKafkaDir().toAbsolutePath());
    EmbeddedKafkaBroker broker = keep(EmbeddedKafkaBroker.start(
        EmbeddedKafkaConfig.of(config.embeddedKafkaDir()).withPort(config.embeddedKafkaPort())));
    say("embedded Kafka broker ready at " + broker.bootstrapServers() + " in " + broker.startupMillis() + " ms");
    return broker.bootstrapServers();
  }

  private <T extends AutoCloseable> T keep(T resource) {
    resources.push(resource);
    return resource;
  }

  private void onSignal() {
    LOG.info("shutdown requested");
    stop.countDown();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeAll() {
    while (!resources.isEmpty()) {
      AutoCloseable r = resources.pop();
      try {
        r.close();
      } catch (Exception e) {
        LOG.warn("error while closing {}: {}", r.getClass().getSimpleName(), e.toString());
      }
    }
    say("stopped");
  }

  private void say(String line) {
    out.println("jmsg-errors: " + line);
    out.flush();
  }
}
