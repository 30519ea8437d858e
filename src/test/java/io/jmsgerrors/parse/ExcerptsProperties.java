package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Excerpt text of plain ASCII, built straight from the bytes, is what decoding, unescaping and cleaning give. */
class ExcerptsProperties {
  @Property(tries = 10000)
  void shouldBuildTheTextThatTheGeneralPathBuilds(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int from,
      @ForAll @IntRange(max = 400) int length, @ForAll boolean json) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int f = Math.min(from, b.length);
    int t = Math.min(b.length, f + length);
    assertThat(Excerpts.text(b, f, t, json)).isEqualTo(Excerpts.decoded(b, f, t, json));
  }

  @Property(tries = 2000)
  void shouldNeverShowTheSecretsItMasks(@ForAll("words") String text, @ForAll boolean json) {
    byte[] b = ("[" + text + "] code=803010 " + text).getBytes(StandardCharsets.UTF_8);
    int s = b.length / 2;
    String excerpt = Excerpts.of(b, 0, b.length, s, Math.min(b.length, s + 6), json, true);
    assertThat(excerpt).doesNotContain("hunter22x", "abc123def456");
  }

  @Provide
  Arbitrary<String> texts() {
    return pieces().list().ofMaxSize(24).map(parts -> String.join("", parts));
  }

  /** Pieces with a space between them, as key=value pairs stand in real logs. */
  @Provide
  Arbitrary<String> words() {
    return pieces().list().ofMaxSize(24).map(parts -> String.join(" ", parts));
  }

  private static Arbitrary<String> pieces() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars('a', 'Z', '7', ' ', '"', '\\', 'n', 'u', 'e', '\t', '\u007F', '错', 'é')
            .ofMaxLength(12),
        Arbitraries.of("   ", "\\n", "\\\"", "\\u9519", "\\u0041", "\\u001f", "token=abc123def456", "password: hunter22x"));
    Arbitrary<String> plain = Arbitraries.oneOf(
        Arbitraries.strings().withChars('a', 'Z', '7', ' ', '"', '\\', ':').ofMaxLength(12),
        Arbitraries.of("   ", "token=abc123def456", "appkey=4f7aef34fb361292c566a1cd"));
    return Arbitraries.oneOf(piece, plain, plain);
  }
}
