package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The eight-at-a-time newline search answers what a byte loop answers, wherever the range starts and ends. */
class NewlinesProperties {
  @Property(tries = 5000)
  void shouldFindTheFirstNewlineLikeALoop(@ForAll("bytes") byte[] b, @ForAll @IntRange(max = 40) int cutFront,
      @ForAll @IntRange(max = 40) int cutBack) {
    int from = Math.min(cutFront, b.length);
    int to = Math.max(from, b.length - cutBack);
    int expected = -1;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        expected = i;
        break;
      }
    }
    assertThat(Newlines.indexOf(b, from, to)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(Arbitraries.of((byte) '\n', (byte) 0x8A, (byte) 0x0B, (byte) 0x09, (byte) 0, (byte) -1),
            Arbitraries.bytes(), Arbitraries.bytes().filter(x -> x != '\n'), Arbitraries.bytes().filter(x -> x != '\n'))
        .array(byte[].class).ofMaxSize(100);
  }
}
