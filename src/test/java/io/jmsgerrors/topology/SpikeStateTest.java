package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpikeStateTest {
  @Test
  void shouldReadBackWhatItWritesExactly() {
    SpikeState s = new SpikeState(0.1 + 0.2, 1.0e-7, true, 1_795_564_800_000L);

    assertThat(SpikeState.decode(s.encode())).isEqualTo(s);
    assertThat(SpikeState.decode(SpikeState.EMPTY.encode())).isEqualTo(SpikeState.EMPTY);
  }

  @Test
  void shouldReadTheSixDecimalTextEarlierVersionsStored() {
    assertThat(SpikeState.decode("31.500000;12.250000;1;1795564800000"))
        .isEqualTo(new SpikeState(31.5, 12.25, true, 1_795_564_800_000L));
    assertThat(SpikeState.decode("0.300000;0.063000;0;-1")).isEqualTo(new SpikeState(0.3, 0.063, false, -1));
  }

  @Test
  void shouldStartOverFromUnreadableText() {
    assertThat(SpikeState.decode("not;a;state")).isEqualTo(SpikeState.EMPTY);
    assertThat(SpikeState.decode(null)).isEqualTo(SpikeState.EMPTY);
  }

  @Test
  void shouldKeepOnlyStatesWhoseThresholdsReachHalfTheFloor() {
    SpikeState once = SpikeState.EMPTY.learn(1, 0.3, false, 0);
    SpikeState steady = new SpikeState(30, 4, false, -1);
    SpikeState spiking = new SpikeState(0.5, 0, true, 0);

    assertThat(once.worthKeeping(3.0, 20)).as("a series seen once: mean 0.3").isFalse();
    assertThat(SpikeState.EMPTY.learn(4, 0.3, false, 0).worthKeeping(3.0, 20)).as("4 in one window: mean + 4 sd 8.5").isFalse();
    assertThat(SpikeState.EMPTY.learn(5, 0.3, false, 0).worthKeeping(3.0, 20)).as("5 in one window: mean + 4 sd 10.7").isTrue();
    assertThat(steady.worthKeeping(3.0, 20)).isTrue();
    assertThat(spiking.worthKeeping(3.0, 20)).as("a spike in progress is always kept").isTrue();
    assertThat(new SpikeState(3.4, 0, false, -1).worthKeeping(3.0, 20)).as("ratio x mean 10.2").isTrue();
  }

  @Test
  void shouldFindTheSmallestCountThatMattersForAnyFloor() {
    for (long floor : new long[] {1, 2, 20, 37, 1000, 1_000_000_000L}) {
      for (double alpha : new double[] {0.05, 0.3, 1.0}) {
        SpikeConfig c = new SpikeConfig(3.0, floor, alpha, 5);
        long m = SpikeDetector.minMattering(c);
        assertThat(m).isBetween(1L, floor);
        boolean mMatters = m == floor || SpikeState.EMPTY.learn(m, alpha, false, 0).worthKeeping(3.0, floor);
        assertThat(mMatters).as("floor %d alpha %s: %d matters", floor, alpha, m).isTrue();
        if (m > 1) {
          assertThat(SpikeState.EMPTY.learn(m - 1, alpha, false, 0).worthKeeping(3.0, floor))
              .as("floor %d alpha %s: %d does not", floor, alpha, m - 1).isFalse();
        }
      }
    }
  }
}
