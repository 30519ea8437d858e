package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTableTest {
  private final List<Integer> made = new ArrayList<>();

  @Test
  void shouldMakeEachCodesValueOnceAndFindItAgain() {
    CodeTable<String> table = new CodeTable<>(this::make, 100_000);
    int[] codes = {803010, 0, -1, 871001, Integer.MIN_VALUE, Integer.MAX_VALUE};
    for (int round = 0; round < 3; round++) {
      for (int code : codes) {
        assertThat(table.get(code)).isEqualTo("v" + code);
      }
    }
    for (int code = 800_000; code < 801_000; code++) {
      assertThat(table.get(code)).isEqualTo("v" + code);
    }
    for (int code : codes) {
      assertThat(table.get(code)).isEqualTo("v" + code);
    }

    assertThat(made).hasSize(codes.length + 1_000).doesNotHaveDuplicates();
    assertThat(table.size()).isEqualTo(codes.length + 1_000);
  }

  @Test
  void shouldStartOverInsteadOfGrowingPastItsBound() {
    CodeTable<String> table = new CodeTable<>(this::make, 10);
    for (int code = 0; code < 25; code++) {
      table.get(code);
    }

    assertThat(table.size()).isLessThanOrEqualTo(10);
    assertThat(table.get(24)).isEqualTo("v24");
    assertThat(table.get(0)).isEqualTo("v0");
  }

  private String make(int code) {
    made.add(code);
    return "v" + code;
  }
}
