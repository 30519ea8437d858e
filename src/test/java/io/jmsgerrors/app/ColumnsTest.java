package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Property
  void shouldGroupDigitsAsStringFormatDoes(@ForAll long n) {
    assertThat(Columns.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Property
  void shouldPadAsStringFormatDoes(@ForAll String s, @ForAll @IntRange(min = 1, max = 40) int width) {
    assertThat(Columns.right(s, width)).isEqualTo(String.format(Locale.ROOT, "%" + width + "s", s));
    assertThat(Columns.left(s, width)).isEqualTo(String.format(Locale.ROOT, "%-" + width + "s", s));
  }

  @Test
  void shouldGroupTheEdges() {
    assertThat(Columns.grouped(0)).isEqualTo("0");
    assertThat(Columns.grouped(999)).isEqualTo("999");
    assertThat(Columns.grouped(1000)).isEqualTo("1,000");
    assertThat(Columns.grouped(-1234567)).isEqualTo("-1,234,567");
    assertThat(Columns.grouped(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
  }
}
