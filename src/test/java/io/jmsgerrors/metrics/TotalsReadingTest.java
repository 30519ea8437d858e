package io.jmsgerrors.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.topology.CountKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsReadingTest {
  @Test
  void shouldReadCountKeysAsCountKeySplitDoes() {
    for (String key : List.of("803010|4f7aef34fb361292c566a1cd|server", "803010|none", "123456||android", "803010|all")) {
      String[] parts = CountKey.split(key);
      assertThat(CountKey.code(key)).isEqualTo(Integer.parseInt(parts[0]));
      assertThat(CountKey.appkey(key)).isEqualTo(parts[1]);
      assertThat(CountKey.platform(key)).isEqualTo(parts.length == 3 ? parts[2] : null);
    }
    assertThat(CountKey.platform("803010|a|web|x")).isNull();
    assertThat(CountKey.platform("803010|a|")).isEmpty();
  }

  @Test
  void shouldParseTotalsKeysAsPlatformFromIdDoes() {
    TotalsReading r = new TotalsReading();
    r.read(state(Map.of("803010|a|server", 1L, "803010|a|IOS", 2L, "803010|a|web|x", 3L, "803010|a", 4L, "803010|a|nope", 5L)),
        new CodeLabels(io.jmsgerrors.catalog.Catalog.builtIn()));
    Map<Long, Platform> byCount = new java.util.HashMap<>();
    for (int i = 0; i < r.size(); i++) {
      byCount.put(r.count(i), r.platform(i));
    }
    assertThat(byCount).containsExactlyInAnyOrderEntriesOf(Map.of(
        1L, Platform.SERVER, 2L, Platform.IOS, 3L, Platform.WEB, 4L, Platform.UNKNOWN, 5L, Platform.UNKNOWN));
    assertThat(r.volumeByAppkey()).containsExactly(Map.entry("a", 15L));
  }

  @Test
  void shouldLetGoOfLargeBuffersAfterAScrapeAndKeepSmallOnes() {
    TotalsReading r = new TotalsReading();
    CodeLabels codes = new CodeLabels(io.jmsgerrors.catalog.Catalog.builtIn());
    Map<String, Long> many = new java.util.HashMap<>();
    for (int i = 0; i < TotalsReading.KEPT_CAPACITY + 1; i++) {
      many.put("803010|" + i + "|server", 1L);
    }
    r.read(state(many), codes);
    assertThat(r.size()).isEqualTo(TotalsReading.KEPT_CAPACITY + 1);
    assertThat(r.volumeByAppkey()).hasSize(TotalsReading.KEPT_CAPACITY + 1);
    r.clear();
    assertThat(r.capacity()).isZero();

    r.read(state(Map.of("803010|a|server", 1L, "803010|b|server", 2L)), codes);
    r.clear();
    assertThat(r.capacity()).isBetween(2, TotalsReading.KEPT_CAPACITY);
  }

  @Test
  void shouldBeEmptyAfterAReadThatFailsHalfWay() {
    TotalsReading r = new TotalsReading();
    CodeLabels codes = new CodeLabels(io.jmsgerrors.catalog.Catalog.builtIn());
    ErrorMetricsCollectorTest.FakeState state = new ErrorMetricsCollectorTest.FakeState() {
      @Override
      public void forEachTotal(java.util.function.ObjLongConsumer<String> each) {
        each.accept("803010|a|server", 4L);
        throw new org.apache.kafka.streams.errors.InvalidStateStoreException("rebalancing");
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.read(state, codes))
        .isInstanceOf(org.apache.kafka.streams.errors.InvalidStateStoreException.class);
    assertThat(r.size()).isZero();
    assertThat(r.volumeByAppkey()).isEmpty();
  }

  private static StateSource state(Map<String, Long> totals) {
    ErrorMetricsCollectorTest.FakeState s = new ErrorMetricsCollectorTest.FakeState();
    s.totals = totals;
    return s;
  }
}
