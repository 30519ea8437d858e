package io.jmsgerrors.topology;

import static io.jmsgerrors.topology.TopologyTestSupport.APPKEY;
import static io.jmsgerrors.topology.TopologyTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ENV = Map.of("WINDOW_GRACE", "5s", "SPIKE_WARMUP_WINDOWS", "3",
      "SPIKE_MIN_COUNT", "20", "SPIKE_RATIO", "3.0");

  @Test
  void steadyRateNeverAlerts() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      sendMinutes(t, 0, 20, 30);
      assertThat(alerts(t)).isEmpty();
    }
  }

  @Test
  void spikeAlertsOnceWhenItStartsAndOnceWhenItEnds() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      sendMinutes(t, 0, 10, 30);
      sendMinutes(t, 10, 13, 300);
      sendMinutes(t, 13, 20, 30);

      List<JsonNode> alerts = alerts(t);
      assertThat(alerts).extracting(a -> a.path("type").asText() + " " + a.path("appkey").asText())
          .containsExactly("start " + APPKEY, "start all", "end " + APPKEY, "end all");
      JsonNode start = alerts.get(0);
      assertThat(start.path("code").asInt()).isEqualTo(803010);
      assertThat(start.path("category").asText()).isEqualTo("rate-limit");
      assertThat(start.path("message").asText()).isNotEmpty();
      assertThat(start.path("count").asLong()).isEqualTo(300);
      assertThat(start.path("baseline").asDouble()).isBetween(25.0, 35.0);
      assertThat(start.path("ratio").asDouble()).isGreaterThan(3.0);
      assertThat(start.path("windowStart").asLong()).isEqualTo(T0.plusSeconds(600).toEpochMilli());
      assertThat(alerts.get(2).path("windowStart").asLong()).isEqualTo(T0.plusSeconds(780).toEpochMilli());
    }
  }

  @Test
  void quietCodeBelowTheFloorNeverAlertsEvenWhenItMultiplies() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      sendMinutes(t, 0, 10, 1);
      sendMinutes(t, 10, 12, 15);
      sendMinutes(t, 12, 16, 1);
      assertThat(alerts(t)).isEmpty();
    }
  }

  @Test
  void spikeOfANewCodeAfterWarmUpAlertsAndEndsWhenTheCodeStops() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      sendMinutes(t, 0, 10, 30);
      for (int i = 0; i < 50; i++) {
        t.send(TopologyTestSupport.restError(898000, APPKEY), T0.plusSeconds(600 + i));
      }
      sendMinutes(t, 11, 16, 30);
      assertThat(alerts(t)).extracting(a -> a.path("type").asText() + " " + a.path("code").asInt() + " " + a.path("appkey").asText())
          .containsExactlyInAnyOrder("start 898000 " + APPKEY, "start 898000 all", "end 898000 " + APPKEY, "end 898000 all");
    }
  }

  @Test
  void shouldStoreBaselinesOnlyForSeriesWithARealRate() throws Exception {
    try (TopologyTestSupport t = new TopologyTestSupport(ENV)) {
      for (int m = 0; m < 5; m++) {
        for (int i = 0; i < 30; i++) {
          t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(m * 60L + i));
          // 30 appkeys seen once each, every minute
          t.send(TopologyTestSupport.restError(803010, String.format("%024d", m * 100 + i)), T0.plusSeconds(m * 60L + i));
        }
      }
      t.send(TopologyTestSupport.restError(898000, APPKEY), T0.plusSeconds(5 * 60L + 30));

      List<String> stored = new ArrayList<>();
      KeyValueStore<String, String> state = t.driver.getKeyValueStore(StoreNames.SPIKES);
      try (var it = state.all()) {
        it.forEachRemaining(kv -> stored.add(kv.key));
      }
      assertThat(stored).containsExactlyInAnyOrder("803010|" + APPKEY, "803010|all",
          WindowCounter.LAST_WINDOW, SpikeDetector.WINDOWS_SEEN);
      assertThat(alerts(t)).isEmpty();
    }
  }

  private static void sendMinutes(TopologyTestSupport t, int fromMinute, int toMinute, int perMinute) {
    for (int m = fromMinute; m < toMinute; m++) {
      for (int i = 0; i < perMinute; i++) {
        t.send(TopologyTestSupport.restError(803010, APPKEY), T0.plusSeconds(m * 60L + (i * 59L) / perMinute));
      }
    }
  }

  private static List<JsonNode> alerts(TopologyTestSupport t) throws IOException {
    TestOutputTopic<byte[], byte[]> topic = t.alerts;
    List<JsonNode> out = new ArrayList<>();
    for (TestRecord<byte[], byte[]> r : topic.readRecordsToList()) {
      out.add(JSON.readTree(r.value()));
    }
    return out;
  }
}
