package io.jmsgerrors.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped catalog holds every code of the seed table with its exact texts. */
class CatalogSeedTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  static Stream<Arguments> seedRows() {
    return SharedTables.seedRows().stream().map(r -> Arguments.of(r[0], r[1], r[2]));
  }

  @Test
  void seedShouldHave152DistinctCodes() {
    List<String[]> rows = SharedTables.seedRows();

    assertThat(rows).hasSize(152);
    assertThat(rows.stream().map(r -> r[0]).distinct()).hasSize(152);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("seedRows")
  void catalogShouldHoldTheSeedRowVerbatimAsCurrentServerEntry(String code, String message, String description) {
    CatalogEntry e = CATALOG.lookup(Integer.parseInt(code), Platform.SERVER).orElseThrow();

    assertThat(e.platform()).isEqualTo(Platform.SERVER);
    assertThat(e.source()).isEqualTo(Source.CURRENT);
    assertThat(e.message()).isEqualTo(message);
    assertThat(e.description()).isEqualTo(description);
  }

  @Test
  void shouldKeepTheDocumentedQuirksVerbatim() {
    assertThat(server(899009).message()).isEqualTo("Appkey not exit");
    assertThat(server(899013).message()).isEqualTo(server(899014).message());
    assertThat(server(899013).description()).isNotEqualTo(server(899014).description());
    assertThat(server(899050).description()).isEqualTo(server(899048).description());
    assertThat(server(899070).message()).isEmpty();
    assertThat(server(899071).message()).isEmpty();
    assertThat(server(851001).message()).isEqualTo("repeated invit chatroom member");
    assertThat(server(851002).message()).isEqualTo("invit member not exist");
    assertThat(server(7100002).message()).isEqualTo("invite targe logout");
    assertThat(server(898004).message()).isEqualTo("Password error");
    assertThat(server(800006).message()).isEqualTo("user not exist");
    assertThat(server(898003).description()).isEqualTo("请求参数不合法");
  }

  @Test
  void seedTextsShouldWinOverTheNewerServerTableWording() {
    assertThat(server(818001).message()).isEqualTo("zero member");
    assertThat(server(818001).hint()).contains("target list is null");
    assertThat(server(898002).description()).isEqualTo("用户不存在");
  }

  private static CatalogEntry server(int code) {
    return CATALOG.lookup(code, Platform.SERVER).filter(e -> e.platform() == Platform.SERVER).orElseThrow();
  }
}
