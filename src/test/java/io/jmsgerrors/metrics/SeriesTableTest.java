package io.jmsgerrors.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTableTest {
  private final SeriesTable<GaugeDataPointSnapshot> table = new SeriesTable<>(
      (labels, n) -> GaugeDataPointSnapshot.builder().labels(labels).value(n).build(), "appkey", "code");

  @Test
  void shouldSumPerScrapeInLabelOrderAndStartEveryScrapeFromZero() {
    table.begin();
    table.add("b", "803010", null, null, 2);
    table.add("a", "803010", null, null, 1);
    table.add("b", "803010", null, null, 3);
    assertThat(describe(table.points())).containsExactly("{appkey=\"a\",code=\"803010\"}=1.0", "{appkey=\"b\",code=\"803010\"}=5.0");

    table.begin();
    table.add("b", "803010", null, null, 7);
    table.add("a", "803010", null, null, 1);
    assertThat(describe(table.points())).containsExactly("{appkey=\"a\",code=\"803010\"}=1.0", "{appkey=\"b\",code=\"803010\"}=7.0");
  }

  @Test
  void shouldDropASeriesAbsentFromAScrapeAndReuseAnUnchangedDataPoint() {
    table.begin();
    table.add("a", "1", null, null, 1);
    table.add("b", "1", null, null, 1);
    GaugeDataPointSnapshot a = table.points().get(0);

    table.begin();
    table.add("a", "1", null, null, 1);
    List<GaugeDataPointSnapshot> points = table.points();
    assertThat(describe(points)).containsExactly("{appkey=\"a\",code=\"1\"}=1.0");
    assertThat(points.get(0)).isSameAs(a);
    assertThat((Object) points.get(0).getLabels()).isEqualTo(Labels.of("code", "1", "appkey", "a"));
  }

  private static List<String> describe(List<GaugeDataPointSnapshot> points) {
    return points.stream().map(p -> p.getLabels() + "=" + p.getValue()).toList();
  }
}
