package io.jmsgerrors.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence and text handling of the generator, on small tables of its own. */
class CatalogBuilderTest {
  private static final String HEAD = "code\tmessage\tdescription\n";
  private static final String OLD_HEAD = "code\tmessage\tdescription\tplatform\tsource\n";

  @TempDir Path shared;

  @Test
  void shouldApplyThePrecedenceSeedCurrentUndocumentedHistorical() throws IOException {
    write("seed/im_errorcode_server.md", "<table><tr><td>803010</td><td>seed text</a></td><td> 种子 </td></tr></table>");
    write("catalog-sources/server.tsv", HEAD + "803010\tnewer text\t新\n808006\tmax group member count error\t上限\n");
    write("catalog-sources/web.tsv", HEAD + "0\tsuccess\t成功\n880209\tbeyond the frequency limit\t超过\n");
    write("catalog-sources/android.tsv", HEAD + "0\tSuccess\t成功\n871310\tNetwork not available\t网络\n");
    write("catalog-sources/historical.tsv", OLD_HEAD.replace("source", "first_seen")
        + "808006\told\t旧\tserver\t2015\n899051\t\t旧 (REST v1 doc only)\tserver_rest\t\n");
    write("catalog-sources/undocumented_codes.tsv", OLD_HEAD
        + "899051\t\t群组不存在\tserver(REST v1)\tdoc\n2\tCan't get the conversation\tplugin\tflutter-android / cordova\tx\n");
    for (String f : List.of("android_jmrtc.tsv", "ios.tsv", "ios_jmrtc.tsv", "ios_constants.tsv")) {
      write("catalog-sources/" + f, HEAD);
    }

    List<CatalogEntry> entries = CatalogBuilder.build(new SourceTables(shared));

    assertThat(entries).extracting(e -> e.platform().id() + " " + e.code() + " " + e.source().id() + " " + e.message())
        .containsExactly(
            "server 803010 current seed text",
            "server 808006 current max group member count error",
            "server 899051 undocumented ",
            "android 871310 current Network not available",
            "web 880209 current beyond the frequency limit");
    assertThat(entries.get(0).description()).isEqualTo("种子");
    assertThat(entries.get(0).category()).isEqualTo(Category.RATE_LIMIT);
    assertThat(entries.get(2).description()).isEqualTo("群组不存在");
    assertThat(entries.get(3).category()).isEqualTo(Category.CLIENT_NETWORK);
  }

  @Test
  void shouldFillAMissingEnglishMessageFromTheIosEnumNamesOutsideTheServerTables() {
    Map<Integer, String> names = Map.of(860011, "kJMSGErrorTimeout", 899070, "kJMSGErrorFriendExists");

    CatalogEntry ios = CatalogBuilder.entry(
        new SourceRow(860011, Platform.IOS, Source.HISTORICAL, "", "网络请求超时", "h.tsv"), names);
    CatalogEntry server = CatalogBuilder.entry(
        new SourceRow(899070, Platform.SERVER, Source.CURRENT, "", "好友已存在", "s.tsv"), names);

    assertThat(ios.message()).isEqualTo("kJMSGErrorTimeout");
    assertThat(server.message()).isEmpty();
  }

  @Test
  void shouldRefuseACodeNoCategoryRuleCovers() {
    SourceRow row = new SourceRow(123456, Platform.SERVER, Source.CURRENT, "mystery", "谜", "s.tsv");

    assertThatThrownBy(() -> CatalogBuilder.entry(row, Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no category rule");
  }

  private void write(String relative, String content) throws IOException {
    Path p = shared.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }
}
