package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** An excerpt of plain ASCII text, built straight from the bytes, is what decoding, unescaping and cleaning give. */
class ExcerptsProperties {
  @Property(tries = 10000)
  void shouldBuildTheExcerptThatTheGeneralPathBuilds(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int at,
      @ForAll boolean json, @ForAll boolean maySecret) {
    byte[] b = ("[" + text + "] code=803010 " + text).getBytes(StandardCharsets.UTF_8);
    int s = Math.min(at, b.length - 1);
    int e = Math.min(b.length, s + 6);
    assertThat(Excerpts.of(b, 0, b.length, s, e, json, maySecret)).isEqualTo(general(b, s, e, json, maySecret));
  }

  private static String general(byte[] b, int s, int e, boolean json, boolean maySecret) {
    int ws = Math.max(0, s - 80);
    int we = Math.min(b.length, e + 120);
    while (ws < s && (b[ws] & 0xC0) == 0x80) {
      ws++;
    }
    while (we > e && we < b.length && (b[we] & 0xC0) == 0x80) {
      we--;
    }
    byte[] copy = Arrays.copyOfRange(b, 0, we);
    if (maySecret) {
      Redactor.maskTokensInPlace(copy, 0, copy.length);
    }
    String text = new String(copy, ws, we - ws, StandardCharsets.UTF_8);
    text = json ? Excerpts.unescape(text) : text;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < Excerpts.MAX_CHARS; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7F ? ' ' : c);
    }
    int n = out.length();
    if (n > 0 && Character.isHighSurrogate(out.charAt(n - 1))) {
      out.setLength(n - 1);
    }
    return out.toString().strip();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars('a', 'Z', '7', ' ', '"', '\\', 'n', 'u', 'e', '\t', '\u007F', '错', 'é')
            .ofMaxLength(12),
        Arbitraries.of("   ", "\\n", "\\\"", "\\u9519", "\\u0041", "\\u001f", "token=abc123def456", "password: hunter22x"));
    Arbitrary<String> plain = Arbitraries.oneOf(
        Arbitraries.strings().withChars('a', 'Z', '7', ' ', '"', '\\', ':').ofMaxLength(12),
        Arbitraries.of("   ", "token=abc123def456", "appkey=4f7aef34fb361292c566a1cd"));
    return Arbitraries.oneOf(piece, plain, plain).list().ofMaxSize(24).map(parts -> String.join("", parts));
  }
}
