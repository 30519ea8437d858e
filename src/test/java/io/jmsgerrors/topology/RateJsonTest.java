package io.jmsgerrors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RateJsonTest {
  private static final long START = 1_795_564_800_000L;
  private static final long END = START + 60_000;

  @Test
  void shouldWriteTheWindowsRecordsByteForByteAsJackson() {
    RateJson.Window w = RateJson.forWindow(START, END);
    for (String key : new String[] {"803010|4f7aef34fb361292c566a1cd", "803010|none", "899003|ABC-def_1.2",
        "803010|a\"b", "803010|\u00e9t\u00e9", "803010|a|b", "0803010|x", "803010|", "7|x", "1234567890|x"}) {
      assertThat(new String(w.encode(key, 17))).as(key).isEqualTo(new String(RateJson.encode(key, START, END, 17)));
    }
  }

  @Test
  void shouldAgreeWithJacksonOnRandomKeys() {
    Random r = new Random(42);
    String alphabet = "0123456789abcXYZ|-_.\"\\ \u00e9\u4e2d\n";
    RateJson.Window w = RateJson.forWindow(START, END);
    for (int i = 0; i < 5000; i++) {
      StringBuilder key = new StringBuilder().append(100000 + r.nextInt(900000)).append('|');
      int n = r.nextInt(30);
      for (int k = 0; k < n; k++) {
        key.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      long count = r.nextInt(3) == 0 ? Long.MAX_VALUE - r.nextInt(10) : r.nextInt(100_000);
      assertThat(w.encode(key.toString(), count)).as(key.toString())
          .isEqualTo(RateJson.encode(key.toString(), START, END, count));
    }
  }

  @Test
  void shouldWriteNullForLinesWithoutAnAppkey() throws Exception {
    JsonNode n = new ObjectMapper().readTree(RateJson.forWindow(START, END).encode("803010|none", 3));

    assertThat(n.path("appkey").isNull()).isTrue();
    assertThat(n.path("windowStartIso").asText()).isEqualTo("2026-11-25T00:00:00Z");
    assertThat(n.path("count").asLong()).isEqualTo(3);
  }
}
