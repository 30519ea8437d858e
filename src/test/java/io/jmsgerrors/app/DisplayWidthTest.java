package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void shouldCountChineseCharactersAsTwoColumns() {
    assertThat(DisplayWidth.of("参数错误")).isEqualTo(8);
    assertThat(DisplayWidth.of("Appkey不存在")).isEqualTo(12);
    assertThat(DisplayWidth.of("user exist")).isEqualTo(10);
  }

  @Test
  void shouldCutAndPadToTheColumnsGiven() {
    assertThat(DisplayWidth.fit("参数错误", 6)).isEqualTo("参数… ");
    assertThat(DisplayWidth.fit("ok", 4)).isEqualTo("ok  ");
    assertThat(DisplayWidth.of(DisplayWidth.fit("Request Body参数不符合要求;resend 值不符合要求", 20))).isEqualTo(20);
  }
}
