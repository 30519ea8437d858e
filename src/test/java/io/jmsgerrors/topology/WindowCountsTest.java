package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowCountsTest {
  @Test
  void shouldCountLikeAMapOfCountAndLatestTimeThroughGrowthAndSharedHashes() {
    WindowCounts table = new WindowCounts();
    Map<String, long[]> expected = new HashMap<>();
    Random random = new Random(11);
    // "Aa" and "BB" share a hash, so do their extensions: the table must tell them apart
    String[] sharing = {"803010|Aa", "803010|BB", "803010|AaAa", "803010|BBBB", "803010|AaBB", "803010|BBAa"};
    for (int i = 0; i < 200_000; i++) {
      String key = i % 10 == 0 ? sharing[random.nextInt(sharing.length)]
          : (800_000 + random.nextInt(300)) + "|" + Integer.toHexString(random.nextInt(5_000));
      long ts = random.nextInt(60_000);
      int slot = table.add(new String(key), ts);
      long[] c = expected.computeIfAbsent(key, k -> new long[] {0, ts});
      c[0]++;
      c[1] = Math.max(c[1], ts);
      assertThat(table.keyAt(slot)).isEqualTo(key);
      assertThat(table.countAt(slot)).isEqualTo(c[0]);
      assertThat(table.latestAt(slot)).isEqualTo(c[1]);
    }
    assertThat(table.size()).isEqualTo(expected.size());
    Map<String, long[]> held = new HashMap<>();
    long[] packed = table.hashesAndSlots();
    for (long p : packed) {
      int s = (int) p;
      assertThat((int) (p >>> 32)).isEqualTo(table.keyAt(s).hashCode());
      held.put(table.keyAt(s), new long[] {table.countAt(s), table.latestAt(s)});
    }
    assertThat(java.util.Arrays.stream(packed).mapToInt(p -> (int) p).toArray()).isSorted();
    assertThat(held).hasSameSizeAs(expected);
    expected.forEach((k, c) -> {
      assertThat(held.get(k)).containsExactly(c[0], c[1]);
      assertThat(table.count(k)).isEqualTo(c[0]);
    });
    assertThat(table.count("803010|absent")).isZero();
  }

  @Test
  void shouldHoldWhatIsPutBackFromAStore() {
    WindowCounts table = new WindowCounts();
    table.put("803010|a", 7, 61_000);
    table.put("803010|a", 8, 63_000);
    int slot = table.add("803010|a", 62_000);
    assertThat(table.countAt(slot)).isEqualTo(9);
    assertThat(table.latestAt(slot)).isEqualTo(63_000);
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.count("803010|b")).isZero();
  }
}
