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
  /** Every word at least {@link WordSet#QUAD_FROM} bytes: the search looks at four-byte windows. */
  private static final List<String> QUADS = List.of("abcabc", "bcab_c", "cab_xx", "错误a", "xxabca", "a@b`ca");

  @Property(tries = 3000)
  void shouldFindTheFirstWordLikeANaiveSearch(@ForAll("texts") String text) {
    check(SHORT, text);
    check(LONG, text);
    check(QUADS, text);
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
  void shouldFindLongWordsAnywhereInTextsMadeOfThemLikeANaiveSearch(@ForAll("wordTexts") String text) {
    check(QUADS, text);
    checkIndex(List.of("abcabc", "abcabca", "bcab_c", "cab_xx", "xxabca", "a@b`ca", "错误a"), text);
  }

  @Property(tries = 3000)
  void shouldReportTheFirstListedOfTheWordsThatStartFirst(@ForAll("texts") String text) {
    checkIndex(List.of("abca", "ab", "abc", "bca", "cab_x", "错误", "ca", "a"), text);
    checkIndex(List.of("abcab", "abca", "bcab", "abcabc", "xxab", "cab_x"), text);
    checkIndex(List.of("abcabc", "abcabca", "bcab_c", "cab_xx", "xxabca", "a@b`ca", "错误a"), text);
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

  /** Texts made of the long words, their halves, case changes and look-alikes (random strings seldom hold a six-byte word). */
  @Provide
  Arbitrary<String> wordTexts() {
    List<String> pieces = List.of("abcabc", "ABCabc", "abcabca", "bcab_c", "BCAB_C", "cab_xx", "xxabca", "a@b`ca", "A`B@CA",
        "a`b@ca", "错误a", "错误", "abc", "cab", "_", "x", " ", "@", "`", "\u007f", "ab", "bcab\u007fc");
    return Arbitraries.of(pieces).list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> texts() {
    // '@' and '`' differ in the bit the four-byte filter folds away, as '_' and DEL do
    return Arbitraries.strings().withChars('a', 'b', 'c', 'A', 'B', 'C', '_', 'x', ' ', '错', '误', '@', '`', '\u007f')
        .ofMaxLength(30);
  }
}
