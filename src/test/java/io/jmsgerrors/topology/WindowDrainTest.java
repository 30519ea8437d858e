package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowDrainTest {
  @Test
  void shouldSpreadTheWritingEvenlyUntilTheDeadline() {
    long period = WindowDrain.PERIOD.toMillis();
    // 30,000 counts over 15 s: 150 periods of 200
    assertThat(WindowDrain.perPeriod(30_000, 0, 150 * period)).isEqualTo(200);
    // a few counts: never less than the minimum per period
    assertThat(WindowDrain.perPeriod(50, 0, 150 * period)).isEqualTo(WindowDrain.MIN_PER_PERIOD);
    // less than a period left, or past the deadline: all of them
    assertThat(WindowDrain.perPeriod(30_000, 150 * period - 1, 150 * period)).isEqualTo(30_000);
    assertThat(WindowDrain.perPeriod(30_000, 200 * period, 150 * period)).isEqualTo(30_000);
    assertThat(WindowDrain.spread(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(30));
    assertThat(WindowDrain.spread(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(10));
    assertThat(WindowDrain.spread(Duration.ofHours(1))).isEqualTo(WindowDrain.SPREAD_MAX);
  }

  @Test
  void shouldPutAWindowsCountsInTheOrderOfTheirKeysHashes() {
    // "Aa" and "BB" share a hash: equal hashes are ordered by the key
    assertThat("803010|BB".hashCode()).isEqualTo("803010|Aa".hashCode());
    Map<String, long[]> series = new HashMap<>();
    for (String k : List.of("803010|BB", "803010|b", "803010|Aa", "871303|x", "803010|a", "1|")) {
      series.put(k, new long[] {k.length(), 0});
    }
    java.util.Random random = new java.util.Random(7);
    while (series.size() < 20_000) {
      String k = (800_000 + random.nextInt(500)) + "|" + Long.toHexString(random.nextLong() & 0xffffL);
      series.put(k, new long[] {k.length(), 0});
    }
    List<String> sorted = new ArrayList<>(series.keySet());
    sorted.sort(WindowDrain.ORDER);

    WindowDrain.Window w = new WindowDrain.Window(60_000, 60_000, table(series), true);
    assertThat(w.keys).containsExactlyElementsOf(sorted);
    for (int i = 0; i < w.keys.length; i++) {
      assertThat(w.counts[i]).isEqualTo(w.keys[i].length());
    }
    assertThat(w.end).isEqualTo(120_000);

    sorted.sort(java.util.Comparator.naturalOrder());
    assertThat(new WindowDrain.Window(60_000, 60_000, table(series), false).keys)
        .containsExactlyElementsOf(sorted);
  }

  @Test
  void shouldSortByHashAsArraysSortDoesWithEqualHashesInSlotOrder() {
    java.util.Random random = new java.util.Random(3);
    for (int n : new int[] {0, 1, 2, 255, 256, 70_000}) {
      long[] packed = new long[n];
      for (int slot = 0; slot < n; slot++) {
        // few distinct hashes, negative ones and the extremes too
        int hash = switch (random.nextInt(4)) {
          case 0 -> random.nextInt(50) - 25;
          case 1 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
          default -> random.nextInt();
        };
        packed[slot] = ((long) hash << 32) | slot;
      }
      long[] expected = packed.clone();
      java.util.Arrays.sort(expected);
      assertThat(WindowDrain.Window.byHash(packed)).containsExactly(expected);
    }
  }

  @Test
  void shouldWriteTheWindowsOneAfterTheOther() {
    WindowDrain d = new WindowDrain(true, 0);
    d.add(new WindowDrain.Window(0, 60_000, table(Map.of("1|a", new long[] {1}, "1|b", new long[] {2})), true));
    d.add(new WindowDrain.Window(60_000, 60_000, new WindowCounts(), true));
    d.add(new WindowDrain.Window(120_000, 60_000, table(Map.of("1|c", new long[] {3})), true));
    assertThat(d.remaining()).isEqualTo(3);
    d.skip(1);
    assertThat(d.current().start).isZero();
    assertThat(d.written).isEqualTo(1);
    d.advance();
    assertThat(d.current().start).isEqualTo(120_000);
    assertThat(d.written).isZero();
    assertThat(d.remaining()).isEqualTo(1);
    d.advance();
    assertThat(d.current()).isNull();
    assertThat(d.remaining()).isZero();
  }

  private static WindowCounts table(Map<String, long[]> series) {
    WindowCounts t = new WindowCounts();
    series.forEach((k, c) -> t.put(k, c[0], 0));
    return t;
  }
}
