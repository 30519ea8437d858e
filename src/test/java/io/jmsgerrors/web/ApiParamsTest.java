package io.jmsgerrors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.catalog.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiParamsTest {
  private static final long MINUTE = 60_000L;
  private static final long NOW = 1_764_100_000_123L;

  @Test
  void shouldUseDefaultsWhenNoParametersAreGiven() {
    ApiParams p = ApiParams.parse(null);
    assertThat(p.minutes()).isEqualTo(60);
    assertThat(p.limit()).isEqualTo(ApiParams.DEFAULT_LIMIT);
    assertThat(p.appkey()).isEmpty();
    assertThat(p.platform()).isEmpty();
    assertThat(p.local()).isFalse();
    assertThat(p.end(NOW, MINUTE)).isEqualTo(NOW - NOW % MINUTE);
  }

  @Test
  void shouldAcceptValidFilters() {
    ApiParams p = ApiParams.parse("minutes=5&limit=7&appkey=4f7aef34fb361292c566a1cd&platform=android&local=true");
    assertThat(p.minutes()).isEqualTo(5);
    assertThat(p.limit()).isEqualTo(7);
    assertThat(p.appkey()).contains("4f7aef34fb361292c566a1cd");
    assertThat(p.platform()).contains(Platform.ANDROID);
    assertThat(p.local()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"minutes=0", "minutes=121", "minutes=abc", "minutes=-5", "limit=0", "limit=101",
      "limit=99999999999"})
  void shouldRejectNumbersOutOfBounds(String query) {
    ApiParams p = ApiParams.parse(query);
    assertThatThrownBy(() -> {
      p.minutes();
      p.limit();
    }).isInstanceOf(ApiParams.BadRequest.class).hasMessageContaining("must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABCDEFGHIJKLMNOPQRSTUVWX", "4f7aef34fb361292c566a1c", "4f7aef34fb361292c566a1cd0",
      "<script>alert(1)</script>", "4f7aef34fb361292c566a1c%22", "all"})
  void shouldRejectAppkeysThatAreNotTwentyFourLowercaseCharacters(String appkey) {
    ApiParams p = ApiParams.parse("appkey=" + appkey);
    assertThatThrownBy(p::appkey).isInstanceOf(ApiParams.BadRequest.class);
  }

  @Test
  void shouldRejectUnknownPlatformsParametersAndDuplicates() {
    assertThatThrownBy(() -> ApiParams.parse("platform=symbian").platform()).isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.parse("password=x")).isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.parse("limit=1&limit=2")).isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.parse("local=yes").local()).isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.parse("appkey=%zz")).isInstanceOf(ApiParams.BadRequest.class);
  }

  @Test
  void shouldRejectQueriesLongerThanTheLimit() {
    String longQuery = "appkey=" + "a".repeat(ApiParams.MAX_QUERY_CHARS);
    assertThatThrownBy(() -> ApiParams.parse(longQuery)).isInstanceOf(ApiParams.BadRequest.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void shouldAlignEndToTheWindowAndKeepItWithinRetention() {
    long current = NOW - NOW % MINUTE;
    assertThat(ApiParams.parse("end=" + (current - 3 * MINUTE + 59_999)).end(NOW, MINUTE)).isEqualTo(current - 3 * MINUTE);
    assertThatThrownBy(() -> ApiParams.parse("end=" + (current + MINUTE)).end(NOW, MINUTE))
        .isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.parse("end=" + (current - 121 * MINUTE)).end(NOW, MINUTE))
        .isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.parse("end=yesterday").end(NOW, MINUTE)).isInstanceOf(ApiParams.BadRequest.class);
  }

  @Test
  void shouldAcceptOnlyDigitsAsCode() {
    assertThat(ApiParams.code("803010")).isEqualTo(803010);
    assertThatThrownBy(() -> ApiParams.code("80301a")).isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.code("1234567890")).isInstanceOf(ApiParams.BadRequest.class);
    assertThatThrownBy(() -> ApiParams.code("")).isInstanceOf(ApiParams.BadRequest.class);
  }
}
