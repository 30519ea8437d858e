package io.jmsgerrors.web;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.http.HttpService;
import io.jmsgerrors.metrics.StreamsStateSource;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** Wires the live page and the JSON API into the service's HTTP server. */
public final class WebRoutes {
  private WebRoutes() {}

  public static void register(HttpService http, KafkaStreams streams, Catalog catalog, AppConfig config) {
    String self = config.applicationServer().orElse(null);
    Peers peers = self == null ? Peers.none() : new Peers(() -> otherInstances(streams, self));
    LocalAnswers local = new LocalAnswers(new StreamsLocalView(streams, new StreamsStateSource(streams)),
        config.windowSize().toMillis(), System::currentTimeMillis);
    http.route("/api/", new WebApi(local, new Merger(catalog), peers,
        self == null ? "local" : self, System::currentTimeMillis));
    http.route("/", new Page());
  }

  static List<String> otherInstances(KafkaStreams streams, String self) {
    return streams.metadataForAllStreamsClients().stream()
        .map(StreamsMetadata::hostInfo)
        .filter(h -> h.port() > 0 && !HostInfo.unavailable().equals(h))
        .map(h -> h.host() + ":" + h.port())
        .filter(a -> !a.equals(self))
        .distinct()
        .limit(64)
        .toList();
  }
}
