package io.jmsgerrors.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalog resource is exactly what the generator makes of the shared sources, so a
 * change to either fails here. {@code -Dcatalog.regenerate=true} rewrites the resource first.
 */
class CatalogResourceTest {
  private final String generated =
      CatalogBuilder.toTsv(CatalogBuilder.build(new SourceTables(SharedDir.locate())));

  @Test
  void shippedResourceShouldEqualTheGeneratedCatalog() throws IOException {
    if (Boolean.getBoolean("catalog.regenerate")) {
      Files.writeString(CatalogBuilder.RESOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(CatalogBuilder.RESOURCE, StandardCharsets.UTF_8))
        .as("run with -Dcatalog.regenerate=true after changing the sources or the rules")
        .isEqualTo(generated);
  }

  @Test
  void builtInCatalogShouldBeTheGeneratedOne() {
    Catalog builtIn = Catalog.builtIn();

    assertThat(CatalogBuilder.toTsv(builtIn.entries())).isEqualTo(generated);
    assertThat(builtIn.version()).matches("[0-9a-f]{12}");
  }
}
