package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the parser on arbitrary input: it never throws, and planted secrets never leave it. */
class LogParserProperties {
  private static final LogParser PARSER = new LogParser(Catalog.builtIn());
  private static final List<String> SHAPES = List.of(
      "code=803010", "errorCode=899030", "{\"error\":{\"code\":899003}}", "\\\"code\\\":899001",
      "response code is 801004", "Error Domain=jmsg_error Code=863004", "PlatformException(801003, x, null)",
      "错误码：803005", "jmessage code = 7100002", "{code: 871303, description: \"x\"}");
  private static final List<String> SECRET_FORMS = List.of(
      "masterSecret=%s", "master_secret: %s", "\"masterSecret\":\"%s\"", "\\\"master_secret\\\":\\\"%s\\\"",
      "secret=%s", "Authorization: Basic %s", "Authorization: Bearer %s", "password=%s", "\"password\":\"%s\"",
      "pwd=%s", "token=%s", "\"token\":\"%s\"", "{\"key\":\"masterSecret\",\"value\":{\"stringValue\":\"%s\"}}",
      "appkey=4f7aef34fb361292c566a1cd masterSecret %s", "4f7aef34fb361292c566a1cd:%s");

  @Property(tries = 2000)
  void shouldNeverThrowOnArbitraryBytes(@ForAll byte[] record) {
    assertThatCode(() -> PARSER.parse(record)).doesNotThrowAnyException();
  }

  @Property(tries = 2000)
  void shouldNeverThrowOnArbitraryStrings(@ForAll String record) {
    assertThatCode(() -> PARSER.parse(record)).doesNotThrowAnyException();
  }

  @Property(tries = 2000)
  void shouldNeverThrowOnCodeShapesMixedWithNoise(@ForAll("noisyRecords") byte[] record) {
    assertThatCode(() -> PARSER.parse(record)).doesNotThrowAnyException();
  }

  @Property(tries = 3000)
  void shouldNeverLetAPlantedSecretOut(@ForAll("recordsWithSecrets") Planted planted) {
    for (ErrorEvent e : PARSER.parse(planted.record())) {
      assertThat(e.toString()).doesNotContain(planted.secret());
      assertThat(e.excerpt()).doesNotContain(planted.secret());
      if (e.appkey() != null) {
        assertThat(e.appkey()).isNotEqualToIgnoringCase(planted.secret());
      }
    }
  }

  @Property(tries = 500)
  void shouldFindTheCodeWhateverSecretIsBesideIt(@ForAll("recordsWithSecrets") Planted planted) {
    assertThat(PARSER.parse(planted.record())).isNotEmpty();
  }

  /** A record and the secret planted in it. */
  record Planted(String record, String secret) {}

  @Provide
  Arbitrary<Planted> recordsWithSecrets() {
    Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)
        .map(s -> s.replace("\\", "").replace("\"", ""))
        .filter(s -> !s.toLowerCase(java.util.Locale.ROOT).matches(".*(sms|otp|verif|captcha|passcode|one.time).*"));
    Arbitrary<String> secret = Arbitraries.strings().withCharRange('a', 'f').numeric().ofLength(24)
        .filter(s -> s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter));
    return Combinators.combine(noise, Arbitraries.of(SHAPES), Arbitraries.of(SECRET_FORMS), secret, noise,
            Arbitraries.integers().between(0, 2))
        .as((pre, shape, form, s, post, order) -> {
          String planted = String.format(form, s);
          String record = switch (order) {
            case 0 -> pre + " | " + planted + " | " + shape + " | " + post;
            case 1 -> pre + " | " + shape + " | " + planted + " | " + post;
            default -> "{\"message\":\"" + pre + " | " + shape.replace("\"", "\\\"") + "\",\"labels\":{\"x\":\"y\"},"
                + "\"masterSecret\":\"" + s + "\",\"note\":\"" + planted.replace("\"", "\\\"") + "\"}";
          };
          return new Planted(record, s);
        });
  }

  @Provide
  Arbitrary<byte[]> noisyRecords() {
    Arbitrary<String> part = Arbitraries.oneOf(
        Arbitraries.of(SHAPES), Arbitraries.strings().ofMaxLength(30),
        Arbitraries.of("{", "}", "[", "\"", "\\", "\\u", "\\u00", ":", "=", "\n", "\\n", "\u0000", "错误码", "：",
            "appkey=", "masterSecret=", "11-25 10:00:01.123 ", "2026-11-25T10:00:01", "PlatformException(Error "));
    return part.list().ofMaxSize(40).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8))
        .flatMap(b -> Arbitraries.integers().between(0, b.length).map(cut -> java.util.Arrays.copyOf(b, cut)));
  }
}
