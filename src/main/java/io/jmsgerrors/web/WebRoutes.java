package io.jmsgerrors.web;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.http.HttpService;
import io.jmsgerrors.metrics.StreamsStateSource;
import java.util.ArrayList;
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

  /**
   * The addresses of the other instances; an instance that advertises no address, or the same one
   * as this instance (a default left in place on several hosts), is listed as {@link Peers#UNREACHABLE}.
   */
  static List<String> otherInstances(KafkaStreams streams, String self) {
    List<String> out = new ArrayList<>();
    boolean selfSeen = false;
    for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
      HostInfo h = m.hostInfo();
      String address = h.host() + ":" + h.port();
      if (address.equals(self) && !selfSeen) {
        selfSeen = true;
      } else if (h.port() <= 0 || HostInfo.unavailable().equals(h) || address.equals(self)) {
        out.add(Peers.UNREACHABLE);
      } else if (out.size() < 64) {
        out.add(address);
      }
    }
    return out;
  }
}
