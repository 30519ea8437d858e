package io.jmsgerrors.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDirTest {
  @Test
  void shouldFailRatherThanSkipWhenNoSharedFolderExists(@TempDir Path empty) {
    assertThatThrownBy(() -> SharedDir.firstExisting(List.of(empty, empty.resolve("missing"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(SharedDir.VARIABLE);
  }

  @Test
  void shouldTakeTheFirstFolderHoldingTheSeedAndTheSources(@TempDir Path root) throws Exception {
    Path shared = root.resolve("shared");
    Files.createDirectories(shared.resolve("seed"));
    Files.createDirectories(shared.resolve("catalog-sources"));
    Files.writeString(shared.resolve("seed/im_errorcode_server.md"), "<table></table>");

    assertThat(SharedDir.firstExisting(List.of(root, shared))).isEqualTo(shared);
  }

  @Test
  void shouldFindTheRealSharedFolder() {
    assertThat(SharedDir.locate().resolve("catalog-sources/server.tsv")).isRegularFile();
  }
}
