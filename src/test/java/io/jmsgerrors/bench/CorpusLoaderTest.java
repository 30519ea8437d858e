package io.jmsgerrors.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CorpusLoaderTest {
  private static final Pattern APPKEY = Pattern.compile("[0-9a-f]{24}");

  @Test
  void shouldGiveTheFirstAppkeyItsZipfShare() {
    double[] c = CorpusLoader.zipf(10_000, 1.0);

    // 1 / H(10000), H(10000) = 9.7876
    assertThat(c[0]).isCloseTo(1 / 9.7876, within(1e-4));
    assertThat(c[1] - c[0]).isCloseTo(c[0] / 2, within(1e-9));
    assertThat(c[c.length - 1]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void shouldDrawAFewAppkeysForMostRecordsWhenSkewed() {
    assertThat(topAppkeyShare(new CorpusLoader(10_000, false, 1.0))).isBetween(0.05, 0.2);
    assertThat(topAppkeyShare(new CorpusLoader(10_000, false, 0))).isLessThan(0.01);
  }

  @Test
  void shouldRefuseANegativeSkew() {
    assertThatThrownBy(() -> new CorpusLoader(10, false, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The share of the pool's most frequent appkey among the appkeys of 20,000 records. */
  private static double topAppkeyShare(CorpusLoader loader) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      Matcher m = APPKEY.matcher(new String(loader.next(), StandardCharsets.UTF_8));
      while (m.find()) {
        if (loader.appkeys.contains(m.group())) {
          seen.merge(m.group(), 1, Integer::sum);
        }
      }
    }
    int total = seen.values().stream().mapToInt(Integer::intValue).sum();
    return (double) seen.values().stream().mapToInt(Integer::intValue).max().orElse(0) / total;
  }
}
