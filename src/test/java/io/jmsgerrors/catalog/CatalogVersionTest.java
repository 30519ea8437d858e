package io.jmsgerrors.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogVersionTest {
  private static final CatalogEntry RATE = new CatalogEntry(803010, Platform.SERVER, "too fast", "太快",
      Category.RATE_LIMIT, Source.CURRENT, "slow down");
  private static final CatalogEntry AUTH = new CatalogEntry(899009, Platform.SERVER, "Appkey not exit", "Appkey不存在",
      Category.AUTH, Source.CURRENT, "");

  @Test
  void shouldBeTheFirstSixBytesOfTheSha256OfTheEntriesInTsvForm() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(CatalogTsv.format(RATE).getBytes(StandardCharsets.UTF_8));
    md.update(CatalogTsv.format(AUTH).getBytes(StandardCharsets.UTF_8));

    assertThat(Catalog.of(List.of(RATE, AUTH)).version()).isEqualTo(HexFormat.of().formatHex(md.digest(), 0, 6));
  }

  @Test
  void shouldChangeWithTheContentAndOrderOfTheEntriesOnly() {
    Catalog catalog = Catalog.of(List.of(RATE, AUTH));

    assertThat(catalog.version()).isEqualTo(catalog.version()).isEqualTo(Catalog.of(List.of(RATE, AUTH)).version());
    assertThat(Catalog.of(List.of(AUTH, RATE)).version()).isNotEqualTo(catalog.version());
    assertThat(Catalog.of(List.of(RATE)).version()).isNotEqualTo(catalog.version());
  }
}
