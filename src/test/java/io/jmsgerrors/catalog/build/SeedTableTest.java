package io.jmsgerrors.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTableTest {
  @Test
  void shouldStripStrayTagsAndSurroundingWhitespaceButKeepTheRest() {
    String html = """
        <table><tr bgcolor="#D3D3D3"><th>Code</th><th>Error Message</th><th>说明</th></tr>
        <tr >
          <td>898004</td>
          <td>Password error</a></td>
          <td> 请求参数不合法 </td>
        </tr>
        <tr><td>899070</td><td></td><td>a  b &amp; c</td></tr></table>""";

    List<SourceRow> rows = SeedTable.parse(html);

    assertThat(rows).containsExactly(
        new SourceRow(898004, Platform.SERVER, Source.CURRENT, "Password error", "请求参数不合法", SeedTable.FILE),
        new SourceRow(899070, Platform.SERVER, Source.CURRENT, "", "a  b & c", SeedTable.FILE));
  }

  @Test
  void shouldRefuseARowWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> SeedTable.parse("<tr><td>1</td><td>x</td></tr>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 cells");
  }
}
