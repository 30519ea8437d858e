package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The branch-free escape step of {@link CodeContext#skipJsonFiller} skips what a plain loop skips. */
class JsonFillerProperties {
  @Property(tries = 5000)
  void shouldSkipBackOverJsonFillerLikeALoop(@ForAll("filler") byte[] b, @ForAll @IntRange(max = 30) int limit,
      @ForAll @IntRange(max = 30) int fromEnd) {
    int lo = Math.min(limit, b.length);
    int p = b.length - 1 - Math.min(fromEnd, b.length);
    assertThat(CodeContext.skipJsonFiller(b, lo, p)).isEqualTo(loop(b, lo, p));
  }

  private static int loop(byte[] b, int limit, int p) {
    while (p >= limit) {
      byte c = b[p];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '\\' || c == '`' || c == ',') {
        p--;
      } else if ((c == 'n' || c == 'r' || c == 't') && p - 1 >= limit && b[p - 1] == '\\') {
        p -= 2;
      } else {
        break;
      }
    }
    return p;
  }

  @Provide
  Arbitrary<byte[]> filler() {
    return Arbitraries.of((byte) '\\', (byte) 'n', (byte) 'r', (byte) 't', (byte) ' ', (byte) '"', (byte) ',', (byte) 'x',
        (byte) ':', (byte) 0xDC, (byte) '\t').array(byte[].class).ofMaxSize(40);
  }
}
