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

  @Property(tries = 3000)
  void shouldReportTheFirstListedOfTheWordsThatStartFirst(@ForAll("texts") String text) {
    checkIndex(List.of("abca", "ab", "abc", "bca", "cab_x", "错误", "ca", "a"), text);
    checkIndex(List.of("abcab", "abca", "bcab", "abcabc", "xxab", "cab_x"), text);
  }

  private static void checkIndex(List<String> words, String text) {
    WordSet set = new WordSet(words.toArray(String[]::new));
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= 2 && 2 * cut <= b.length; cut++) {
      checkIndex(words, set, b, cut, b.length - cut);
    }
  }

  private static void checkIndex(List<String> words, WordSet set, byte[] b, int from, int to) {
    String lower = new String(b, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int position = -1;
    int index = -1;
    for (int k = 0; k < words.size(); k++) {
      String w = new String(words.get(k).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      int i = w.length() < 2 ? -1 : lower.indexOf(w);
      if (i >= 0 && (position < 0 || i < position)) {
        position = i;
        index = k;
      }
    }
    long found = set.find(b, from, to);
    assertThat(found < 0 ? -1 : WordSet.position(found) - from).isEqualTo(position);
    assertThat(found < 0 ? -1 : WordSet.index(found)).isEqualTo(index);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars('a', 'b', 'c', 'A', 'B', 'C', '_', 'x', ' ', '错', '误').ofMaxLength(30);
  }
}
