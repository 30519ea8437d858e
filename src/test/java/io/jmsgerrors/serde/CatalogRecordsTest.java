package io.jmsgerrors.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogRecordsTest {

  @Test
  void everyBuiltInCodeSurvivesTheRoundTripThroughTheCatalogTopic() {
    for (CatalogRecords.Value v : CatalogRecords.fromCatalog(Catalog.builtIn())) {
      assertThat(CatalogRecords.decode(CatalogRecords.encode(v))).as("code %d", v.code()).contains(v);
    }
  }

  @Test
  void invalidRecordsDecodeToNothingAndNeverThrow() {
    for (String bad : new String[] {"", "{", "null", "[]", "{\"code\":\"x\",\"entries\":[{}]}",
        "{\"code\":803010,\"entries\":[]}", "{\"code\":803010}", "\u0000\u0001"}) {
      assertThat(CatalogRecords.decode(bad.getBytes(StandardCharsets.UTF_8))).as(bad).isEmpty();
    }
    assertThat(CatalogRecords.decode(null)).isEmpty();
  }
}
