package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The strided word search finds exactly what a naive search finds. */
class WordSetProperties {
  private static final List<String> SHORT = List.of("abc", "bca", "abcab", "cab_x", "错误", "ca");
  private static final List<String> LONG = List.of("abca", "bcab", "abcabc", "cab_x", "错误", "xxab");

  @Property(tries = 3000)
  void shouldFindTheFirstWordLikeANaiveSearch(@ForAll("texts") String text) {
    check(SHORT, text);
    check(LONG, text);
  }

  private static void check(List<String> words, String text) {
    WordSet set = new WordSet(words.toArray(String[]::new));
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    String lower = new String(b, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int expected = -1;
    for (String w : words) {
      int i = lower.indexOf(new String(w.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      if (i >= 0 && (expected < 0 || i < expected)) {
        expected = i;
      }
    }
    long found = set.find(b, 0, b.length);
    assertThat(found < 0 ? -1 : WordSet.position(found)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars('a', 'b', 'c', 'A', 'B', 'C', '_', 'x', ' ', '错', '误').ofMaxLength(30);
  }
}
