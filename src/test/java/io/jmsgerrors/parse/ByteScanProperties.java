package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The eight-at-a-time searches, and the line bounds and key:secret check built on them, answer
 * what a byte-by-byte loop answers.
 */
class ByteScanProperties {
  private static final String KEY = "4f7aef34fb361292c566a1cd";

  @Property(tries = 5000)
  void shouldFindTheFirstAndLastOfTwoBytesLikeALoop(@ForAll("texts") String text, @ForAll("cuts") int[] cuts) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int from = Math.min(cuts[0], b.length);
    int to = Math.max(from, b.length - cuts[1]);
    for (byte[] pair : new byte[][] {{'\n', '\\'}, {':', ':'}, {(byte) 0x8B, '\n'}, {0, '\u007F'}}) {
      int first = from;
      while (first < to && b[first] != pair[0] && b[first] != pair[1]) {
        first++;
      }
      int last = to - 1;
      while (last >= from && b[last] != pair[0] && b[last] != pair[1]) {
        last--;
      }
      assertThat(ByteScan.indexOfEither(b, from, to, pair[0], pair[1])).isEqualTo(first);
      assertThat(ByteScan.lastIndexOfEither(b, from, to, pair[0], pair[1])).isEqualTo(last);
    }
  }

  @Property(tries = 5000)
  void shouldFindTheDigitRunAroundADigitLikeAByteLoop(@ForAll("numbers") String text, @ForAll("cuts") int[] cuts) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int lo = Math.min(cuts[0], b.length);
    int hi = Math.max(lo, b.length - cuts[1]);
    for (int i = lo; i < hi; i++) {
      if (!Ascii.isDigit(b[i])) {
        continue;
      }
      int s = i;
      while (s > lo && Ascii.isDigit(b[s - 1])) {
        s--;
      }
      int e = i + 1;
      while (e < hi && Ascii.isDigit(b[e])) {
        e++;
      }
      assertThat(ByteScan.digitRunAt(b, lo, hi, i)).isEqualTo((long) s << 32 | e);
    }
  }

  @Property(tries = 5000)
  void shouldBoundLinesLikeAByteLoop(@ForAll("texts") String text, @ForAll("cuts") int[] cuts) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int lo = Math.min(cuts[0], b.length);
    int hi = Math.max(lo, b.length - cuts[1]);
    for (int pos = lo; pos <= hi; pos++) {
      assertThat(Lines.start(b, lo, pos)).isEqualTo(naiveStart(b, lo, pos));
      if (pos < hi) {
        assertThat(Lines.end(b, pos, hi)).isEqualTo(naiveEnd(b, pos, hi));
      }
    }
  }

  @Property(tries = 10000)
  void shouldFindAKeySecretPairExactlyWhenSomeColonHasOne(@ForAll("texts") String text, @ForAll("cuts") int[] cuts) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int from = Math.min(cuts[0], b.length);
    int to = Math.max(from, b.length - cuts[1]);
    assertThat(Redactor.hasKeySecretPair(b, from, to)).isEqualTo(naivePair(b, from, to));
  }

  private static int naiveStart(byte[] b, int lo, int pos) {
    for (int i = pos - 1; i >= lo; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
      if (b[i] == '\\' && i + 1 < pos && b[i + 1] == 'n' && (i - 1 < lo || b[i - 1] != '\\')) {
        return i + 2;
      }
    }
    return lo;
  }

  private static int naiveEnd(byte[] b, int pos, int hi) {
    for (int i = pos; i < hi; i++) {
      if (b[i] == '\n' || (b[i] == '\\' && i + 1 < hi && b[i + 1] == 'n' && (i - 1 < 0 || b[i - 1] != '\\'))) {
        return b[i] == '\n' && i > pos && b[i - 1] == '\r' ? i - 1 : i;
      }
    }
    return hi;
  }

  private static boolean naivePair(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ':') {
        continue;
      }
      int s = i;
      while (s > from && Ascii.isAlnum(b[s - 1])) {
        s--;
      }
      int e = i + 1;
      while (e < to && Ascii.isAlnum(b[e])) {
        e++;
      }
      if (i - s == Appkeys.LENGTH && e - i - 1 == Appkeys.LENGTH) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars('a', 'Z', '7', ':', ' ', '"', '\\', 'n', '\n', '\r', '\u007F', '错')
            .ofMaxLength(14),
        Arbitraries.of(KEY, KEY + ":", ":" + KEY, KEY.substring(1), KEY + "x", KEY + ":" + KEY, "\\n", "\\\\n", "\r\n"));
    return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars('0', '9', '5', '/', ':', 'a', ' ', '\u0080', '错').ofMaxLength(10),
        Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(20));
    return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<int[]> cuts() {
    return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20))
        .as((a, z) -> new int[] {a, z});
  }
}
