package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code topology.describe()}: a change to a processor, store or internal topic name (which
 * would orphan a changelog and lose state on upgrade) fails here and must be made on purpose.
 * Regenerate with {@code -Djmsg.regenerate=true}.
 */
class TopologyDescriptionTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/topology/default.txt");

  @Test
  void shouldKeepEveryProcessorStoreAndInternalTopicName() throws IOException {
    String actual = TopologyFactory.build(TopologyConfig.from(AppConfig.defaults(), Catalog.builtIn()))
        .describe().toString();
    if (Boolean.getBoolean("jmsg.regenerate")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void shouldNameEveryStateStoreExplicitly() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(golden).doesNotContain("KSTREAM-").doesNotContain("KTABLE-").doesNotContain("STATE-STORE-");
    assertThat(golden).contains(StoreNames.LINE_COUNTS, StoreNames.TOTALS, StoreNames.LATE, StoreNames.WINDOWS,
        StoreNames.SPIKES, StoreNames.CATALOG, "events-by-code-appkey-repartition");
  }
}
