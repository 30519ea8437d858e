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
}
