package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.serde.CatalogRecords;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogViewTest {
  private static final Catalog BUILT_IN = Catalog.builtIn();
  private static final CatalogEntry BUILT_IN_803010 = BUILT_IN.find(803010, Platform.ANDROID);

  private final Map<String, byte[]> topic = new HashMap<>();
  private final CatalogRecordDecodes decodes = new CatalogRecordDecodes();
  private final CatalogView view = new CatalogView(topic::get, BUILT_IN, decodes);

  @Test
  void shouldUseTheBuiltInCatalogWhileTheTopicHasNoRecordForTheCode() {
    assertThat(view.find(803010, Platform.ANDROID)).isSameAs(BUILT_IN_803010);
    assertThat(view.lookup(803010, Platform.ANDROID)).containsSame(BUILT_IN_803010);
    assertThat(view.find(123456, Platform.ANDROID)).isNull();
    assertThat(view.lookup(123456, Platform.ANDROID)).isEmpty();
  }

  @Test
  void shouldPreferAValidTopicRecordAndSeeEveryUpdateAtOnce() {
    topic.put("803010", record(803010, "first correction"));
    assertThat(view.find(803010, Platform.ANDROID).message()).isEqualTo("first correction");

    topic.put("803010", record(803010, "second correction"));
    assertThat(view.find(803010, Platform.ANDROID).message()).isEqualTo("second correction");

    topic.put("803010", "{not json".getBytes(StandardCharsets.UTF_8));
    assertThat(view.find(803010, Platform.ANDROID)).isSameAs(BUILT_IN_803010);

    topic.put("803010", record(803010, "third correction"));
    assertThat(view.find(803010, Platform.ANDROID).message()).isEqualTo("third correction");

    topic.remove("803010");
    assertThat(view.find(803010, Platform.ANDROID)).isSameAs(BUILT_IN_803010);
  }

  @Test
  void shouldDefineACodeTheBuiltInCatalogLacks() {
    topic.put("123456", record(123456, "operator code"));

    assertThat(view.find(123456, null).message()).isEqualTo("operator code");
  }

  @Test
  void shouldShareEachDecodedRecordBetweenTheViewsOfATopology() {
    CatalogView other = new CatalogView(topic::get, BUILT_IN, decodes);
    topic.put("803010", record(803010, "first correction"));

    CatalogEntry seen = view.find(803010, Platform.ANDROID);
    assertThat(other.find(803010, Platform.ANDROID)).isSameAs(seen);

    topic.put("803010", record(803010, "second correction"));
    assertThat(other.find(803010, Platform.ANDROID).message()).isEqualTo("second correction");
    assertThat(view.find(803010, Platform.ANDROID)).isSameAs(other.find(803010, Platform.ANDROID));
  }

  @Test
  void shouldReadTheTopicUnderTheCodesDecimalKey() {
    assertThat(view.key(803010)).isEqualTo("803010");
    assertThat(view.key(-7)).isEqualTo("-7");
    assertThat(view.key(803010)).isSameAs(view.key(803010));
  }

  private static byte[] record(int code, String message) {
    CatalogEntry e = new CatalogEntry(code, Platform.SERVER, message, "", BUILT_IN_803010.category(),
        BUILT_IN_803010.source(), null);
    return CatalogRecords.encode(new CatalogRecords.Value(code, "operator", "ops", List.of(e)));
  }
}
