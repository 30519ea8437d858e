package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogParserTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  private final LogParser parser = new LogParser(Catalog.builtIn(), CLOCK, ZoneOffset.UTC);

  private List<Integer> codes(String record) {
    return parser.parse(record).stream().map(ErrorEvent::code).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"error\":{\"code\":899003,\"message\":\"parameter invalid\"}}",
      "errorCode=899003", "error_code: 899003", "\"errorCode\": \"899003\"", "responseCode:899003",
      "get response : code = 899003", "update group info finished ! response code is 899003",
      "on error . result code = 899003", "Error Domain=jmsg_error Code=899003 \"x\"",
      "PlatformException(899003, x, null)", "PlatformException(Error 899003, jmsg_error, null)",
      "{code: 899003, description: \"x\"}", "---<- event:login, data:{\"code\":899003}", "错误码：899003",
      "错误码: 899003", "返回码=899003", "jmessage code = 899003", "code：899003",
      "{\"key\":\"jmessage.code\",\"value\":{\"intValue\":\"899003\"}}", "{\"jmessage.code\":899003}",
      "{\"message\":\"\\u9519\\u8bef\\u7801\\uff1a899003\"}", "{\"message\":\"failed {\\\"code\\\":899003}\"}",
      "error code 899003", "send failed, err=899003"})
  void shouldFindTheCodeInEveryErrorContext(String record) {
    assertThat(codes(record)).containsExactly(899003);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your verification code is 803010", "code 803010 is your verification code", "验证码：803010",
      "send sms code=803010", "SMS code: 803010", "one-time code: 803010", "uid=803010", "gid:803010",
      "rid:803010", "msgId=803010", "pid 803010", "port=803010", "duration=803010ms", "rt=0.803005",
      "version 8.803010.1", "token 803010ab", "hashCode=803010", "zip code: 803010", "user 803010",
      "{\"error\":{\"code\":3002}}", "{\"code\":1004}", "Code=6002", "{code: 2, description: \"x\"}",
      "responseCode:404", "ts=1764064801123", "code=123456", "code=9803010", "count=803010",
      "statusCode = 200", "2026-11-25 10:00:01.803010", "code=803010.5", "code=-803010"})
  void shouldRejectLookAlikes(String record) {
    assertThat(codes(record)).isEmpty();
  }

  @Test
  void shouldReportAnUnknownCodeInAStrongContextWithoutAnEntry() {
    ErrorEvent e = parser.parse("{\"error\":{\"code\":899099,\"message\":\"new\"}}").get(0);
    assertThat(e.known()).isFalse();
    assertThat(e.platform()).isEqualTo(Platform.SERVER);
  }

  @Test
  void shouldNeedTheCatalogOrErrorWordsForAPlainCodeKey() {
    assertThat(codes("batch code=899099 ok")).isEmpty();
    assertThat(codes("request failed code=899099")).containsExactly(899099);
  }

  @Test
  void shouldTellThePlatformFromTheLine() {
    assertThat(parser.parse("E/JIGUANG-JMessage( 1234): login failed ! response code is 801004").get(0).platform())
        .isEqualTo(Platform.ANDROID);
    assertThat(parser.parse("11-25 10:00:01.123  1 2 E JIGUANG-JMessage: [x] code = 871303").get(0).platform())
        .isEqualTo(Platform.ANDROID);
    assertThat(parser.parse("Error Domain=jmsg_error Code=863004 \"x\"").get(0).platform()).isEqualTo(Platform.IOS);
    assertThat(parser.parse("PlatformException(Error 863004, jmsg_error, null)").get(0).platform())
        .isEqualTo(Platform.IOS);
    assertThat(parser.parse("PlatformException(801003, x, null)").get(0).platform()).isEqualTo(Platform.ANDROID);
    assertThat(parser.parse("---<- event:login, data:{\"code\":880103}").get(0).platform()).isEqualTo(Platform.WEB);
    assertThat(parser.parse("{\"error\":{\"code\":899003}}").get(0).platform()).isEqualTo(Platform.SERVER);
    assertThat(parser.parse("{code: 871303, description: \"x\"}").get(0).platform()).isEqualTo(Platform.UNKNOWN);
  }

  @Test
  void shouldTakeTheAppkeyButNeverTheMasterSecret() {
    ErrorEvent e = parser.parse("masterSecret=0123456789abcdef01234567 AppKey: 4F7AEF34FB361292C566A1CD code=803010")
        .get(0);
    assertThat(e.appkey()).isEqualTo("4f7aef34fb361292c566a1cd");
    assertThat(parser.parse("master_secret=0123456789abcdef01234567 code=803010").get(0).appkey()).isNull();
    assertThat(parser.parse("appKeySecret=0123456789abcdef01234567 code=803010").get(0).appkey()).isNull();
    assertThat(parser.parse("{\"labels\":{\"appkey\":\"4f7aef34fb361292c566a1cd\"},\"message\":\"code=803010\"}")
        .get(0).appkey()).isEqualTo("4f7aef34fb361292c566a1cd");
  }

  @Test
  void shouldReadTimestampsOfEveryShape() {
    assertThat(ts("2026-11-25T10:00:01.123Z code=803010")).isEqualTo("2026-11-25T10:00:01.123Z");
    assertThat(ts("2026-11-25 18:00:01.123456+0800 App[1:2] Error Domain=jmsg_error Code=863004"))
        .isEqualTo("2026-11-25T10:00:01.123Z");
    assertThat(ts("11-25 10:00:01.123  1 2 E JIGUANG-JMessage: code = 871303")).isEqualTo("2026-11-25T10:00:01.123Z");
    assertThat(ts("11-26 13:00:00.000  1 2 E JIGUANG-JMessage: code = 871303")).isEqualTo("2025-11-26T13:00:00Z");
    assertThat(ts("{\"@timestamp\":\"2026-11-25T10:00:01Z\",\"message\":\"code=803010\"}"))
        .isEqualTo("2026-11-25T10:00:01Z");
    assertThat(ts("{\"timeUnixNano\":\"1795600801000000000\",\"body\":\"code=803010\"}"))
        .isEqualTo("2026-11-25T10:00:01Z");
    assertThat(ts("{\"time\":1795600801.5,\"log\":\"code=803010\"}")).isEqualTo("2026-11-25T10:00:01.500Z");
    assertThat(parser.parse("code=803010").get(0).timestampMillis()).isEqualTo(ErrorEvent.NO_TIMESTAMP);
  }

  @Test
  void shouldReadZonelessTimesInTheConfiguredZone() {
    LogParser shanghai = new LogParser(Catalog.builtIn(), CLOCK, ZoneId.of("Asia/Shanghai"));
    assertThat(Instant.ofEpochMilli(shanghai.parse("2026-11-25 18:00:01 code=803010").get(0).timestampMillis()))
        .hasToString("2026-11-25T10:00:01Z");
  }

  private String ts(String record) {
    return Instant.ofEpochMilli(parser.parse(record).get(0).timestampMillis()).toString();
  }

  @Test
  void shouldCountEveryErrorOfABatchButTheSameErrorPrintedTwiceOnce() {
    assertThat(codes("[{\"error\":{\"code\":899001}},{\"error\":{\"code\":899001}},{\"error\":{\"code\":899002}}]"))
        .containsExactly(899001, 899001, 899002);
    assertThat(codes("Got error response - responseCode:400, responseContent:{\"error\":{\"code\":899003}}\n"
        + "cn.jiguang.common.resp.APIRequestException: {\"error\":{\"code\":899003}}")).containsExactly(899003);
    assertThat(codes("send failed code=803010 {\"error\":{\"code\":803010}}")).containsExactly(803010);
  }

  @Test
  void shouldKeepTheExcerptShortAndRedacted() {
    String record = "x".repeat(5000) + " password=hunter2secret code=803010 " + "y".repeat(5000);
    ErrorEvent e = parser.parse(record).get(0);
    assertThat(e.excerpt()).contains("code=803010").doesNotContain("hunter2secret");
    assertThat(e.excerpt().length()).isLessThanOrEqualTo(Excerpts.MAX_CHARS);
  }

  @Test
  void shouldNeverThrowOnHostileInput() {
    assertThat(parser.parse((byte[]) null)).isEmpty();
    assertThat(parser.parse((String) null)).isEmpty();
    assertThat(parser.parse(new byte[0])).isEmpty();
    assertThat(parser.parse(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '8', '0', '3', '0', '1', '0'})).isEmpty();
    byte[] nul = "code=\u0000803010 errorCode=803010\u0000".getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse(nul)).extracting(ErrorEvent::code).containsExactly(803010);
    String nested = "{\"a\":".repeat(200_000) + "{\"error\":{\"code\":899003}}" + "}".repeat(100);
    assertThat(codes(nested)).containsExactly(899003);
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) '7');
    byte[] tail = " errorCode=803010".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(tail, 0, big, big.length - tail.length, tail.length);
    assertThat(parser.parse(big)).extracting(ErrorEvent::code).containsExactly(803010);
    byte[] invalid = "errorCode=803010 \u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(parser.parse(invalid)).extracting(ErrorEvent::code).containsExactly(803010);
  }

  @Test
  void shouldParseASliceOfABuffer() {
    byte[] buf = "junk errorCode=803010 | errorCode=899003 | junk".getBytes(StandardCharsets.UTF_8);
    List<ErrorEvent> out = new ArrayList<>();
    assertThat(parser.parse(buf, 5, 16, out::add)).isEqualTo(1);
    assertThat(out).extracting(ErrorEvent::code).containsExactly(803010);
    assertThat(parser.parse(buf, -1, 5, out::add)).isZero();
  }

  @Test
  void shouldLetAnExceptionOfTheSinkPropagate() {
    assertThatThrownBy(() -> parser.parse("errorCode=803010".getBytes(StandardCharsets.UTF_8), e -> {
      throw new IllegalStateException("sink full");
    })).isInstanceOf(IllegalStateException.class).hasMessage("sink full");
  }
}
