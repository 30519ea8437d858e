package io.jmsgerrors.metrics;

import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The series of one metric from scrape to scrape: each series' {@link Labels} is built once and
 * kept in label order, counts are summed per scrape, and a data point is reused while its value
 * does not change. It holds exactly the series of the last scrape, so it is bounded as the labels
 * are. Not thread-safe: one scrape at a time.
 */
final class SeriesTable<P extends DataPointSnapshot> {
  private static final Comparator<Series<?>> BY_LABELS = Comparator.comparing(s -> s.labels);

  private final String[] names;
  private final PointFactory<P> point;
  private final Map<Key, Series<P>> byKey = new HashMap<>();
  private final List<Series<P>> sorted = new ArrayList<>();
  private boolean unsorted;
  private int scrape;
  private int present;

  /** {@code names} in Prometheus' label order; {@code point} builds a data point from labels and value. */
  SeriesTable(PointFactory<P> point, String... names) {
    this.names = names.clone();
    this.point = point;
  }

  /** Starts a scrape: series not added again before {@link #points()} are dropped. */
  void begin() {
    scrape++;
    present = 0;
  }

  /** Adds {@code n} to the series with these label values, in the order of the names (unused ones null). */
  void add(String v0, String v1, String v2, String v3, long n) {
    Key key = new Key(v0, v1, v2, v3);
    Series<P> s = byKey.get(key);
    if (s == null) {
      s = new Series<>(labels(v0, v1, v2, v3));
      byKey.put(key, s);
      sorted.add(s);
      unsorted = true;
    }
    if (s.scrape != scrape) {
      s.scrape = scrape;
      s.sum = 0;
      present++;
    }
    s.sum += n;
  }

  /** The data points of this scrape, in label order. */
  List<P> points() {
    if (unsorted) {
      sorted.sort(BY_LABELS);
      unsorted = false;
    }
    List<P> out = new ArrayList<>(present);
    for (Series<P> s : sorted) {
      if (s.scrape == scrape) {
        if (s.point == null || s.pointValue != s.sum) {
          s.point = point.of(s.labels, s.sum);
          s.pointValue = s.sum;
        }
        out.add(s.point);
      }
    }
    if (present < sorted.size()) {
      sorted.removeIf(s -> s.scrape != scrape);
      byKey.values().removeIf(s -> s.scrape != scrape);
    }
    return out;
  }

  private Labels labels(String... values) {
    return Labels.of(names, java.util.Arrays.copyOf(values, names.length));
  }

  /** Builds the data point of a series. */
  interface PointFactory<P> {
    P of(Labels labels, long value);
  }

  private record Key(String v0, String v1, String v2, String v3) {}

  private static final class Series<P> {
    final Labels labels;
    int scrape;
    long sum;
    P point;
    long pointValue;

    Series(Labels labels) {
      this.labels = labels;
    }
  }
}
