package io.jmsgerrors.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.MultiCollector;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.kafka.streams.KafkaStreams;

/** The service's Prometheus registry: JVM and process metrics, Kafka Streams client metrics, and ours. */
public final class MetricsRegistry implements AutoCloseable {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private KafkaStreamsMetrics streamsMetrics;

  public MetricsRegistry() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Binds Kafka Streams' own client metrics (lag, throughput, commit latency, ...). */
  public void bind(KafkaStreams streams) {
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
  }

  /** Registers a collector that reads its values at scrape time. */
  public void register(MultiCollector collector) {
    registry.getPrometheusRegistry().register(collector);
  }

  public PrometheusMeterRegistry meters() {
    return registry;
  }

  /** Writes the Prometheus text format (version 0.0.4) to the stream. */
  public void scrape(OutputStream out) throws IOException {
    registry.scrape(out, "text/plain; version=0.0.4; charset=utf-8");
  }

  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    if (streamsMetrics != null) {
      streamsMetrics.close();
    }
    gc.close();
    registry.close();
  }
}
