package io.jmsgerrors.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.topology.CountKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsReadingTest {
  @Test
  void shouldReadCountKeysAsCountKeySplitDoes() {
    for (String key : List.of("803010|4f7aef34fb361292c566a1cd|server", "803010|none", "123456||android", "803010|all")) {
      String[] parts = CountKey.split(key);
      assertThat(CountKey.code(key)).isEqualTo(Integer.parseInt(parts[0]));
      assertThat(CountKey.appkey(key)).isEqualTo(parts[1]);
    }
  }

  @Test
  void shouldParseTotalsKeysAsPlatformFromIdDoes() {
    TotalsReading r = new TotalsReading();
    r.read(Map.of("803010|a|server", 1L, "803010|a|IOS", 2L, "803010|a|web|x", 3L, "803010|a", 4L, "803010|a|nope", 5L),
        new CodeLabels(io.jmsgerrors.catalog.Catalog.builtIn()));
    Map<Long, Platform> byCount = new java.util.HashMap<>();
    for (int i = 0; i < r.size(); i++) {
      byCount.put(r.count(i), r.platform(i));
    }
    assertThat(byCount).containsExactlyInAnyOrderEntriesOf(Map.of(
        1L, Platform.SERVER, 2L, Platform.IOS, 3L, Platform.WEB, 4L, Platform.UNKNOWN, 5L, Platform.UNKNOWN));
    assertThat(r.volumeByAppkey()).containsExactly(Map.entry("a", 15L));
  }
}
