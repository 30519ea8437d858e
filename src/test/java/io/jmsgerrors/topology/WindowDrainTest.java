package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    assertThat(WindowDrain.spread(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(15));
    assertThat(WindowDrain.spread(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(5));
    assertThat(WindowDrain.spread(Duration.ofHours(1))).isEqualTo(WindowDrain.SPREAD_MAX);
  }

  @Test
  void shouldSortKeysAsTheOrderSays() {
    // "Aa" and "BB" share a hash: equal hashes are ordered by the key
    String[] keys = {"803010|BB", "803010|b", "803010|Aa", "871303|x", "803010|a", "1|"};
    String[] expected = keys.clone();
    java.util.Arrays.sort(expected, WindowDrain.ORDER);
    assertThat(WindowDrain.inOrder(keys)).containsExactly(expected);
    assertThat("803010|BB".hashCode()).isEqualTo("803010|Aa".hashCode());
    java.util.Random random = new java.util.Random(7);
    String[] many = new String[20_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = (800_000 + random.nextInt(500)) + "|" + Long.toHexString(random.nextLong() & 0xffffL);
    }
    String[] sorted = many.clone();
    java.util.Arrays.sort(sorted, WindowDrain.ORDER);
    assertThat(WindowDrain.inOrder(many)).containsExactly(sorted);
  }
}
