package io.jmsgerrors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
  private static final String SECRET = "0123456789abcdef01234567";

  @ParameterizedTest
  @ValueSource(strings = {
      "masterSecret=%s", "master_secret: %s", "\"masterSecret\":\"%s\"", "\\\"masterSecret\\\":\\\"%s\\\"",
      "secret=%s", "MasterSecret = %s", "Authorization: Basic %s", "authorization: Bearer %s",
      "password=%s", "\"password\": \"%s\"", "pwd=%s", "passwd:%s", "token=%s", "\"token\":\"%s\"",
      "access_token=%s", "X-Auth-Token: %s", "{\"key\":\"masterSecret\",\"value\":{\"stringValue\":\"%s\"}}",
      "curl -u 4f7aef34fb361292c566a1cd:%s", "masterSecret %s", "Basic %s", "user.pwd.hash=%s", "pwd\t= %s",
      "{'pwd': '%s'}", "pwd-hash=%s"})
  void shouldMaskEverySecretForm(String form) {
    String text = "POST /v1/users " + String.format(form, SECRET) + " errorCode=899009";
    assertThat(Redactor.redact(text)).doesNotContain(SECRET).contains("errorCode=899009");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "appkey=4f7aef34fb361292c566a1cd code=803010", "E/JIGUANG-JMessage( 1234): login failed",
      "{\"error\":{\"code\":899003,\"message\":\"parameter invalid\"}}"})
  void shouldLeaveTextWithoutSecretsAlone(String text) {
    assertThat(Redactor.redact(text)).isEqualTo(text);
  }

  /** {@code pwd} is found by words of four bytes (the word search steps by the shortest word less one). */
  @Test
  void shouldMaskAfterPwdWheneverItMasksAfterPassword() {
    for (char c = ' '; c <= '~'; c++) {
      for (String form : new String[] {"KEYC= VALUE", "{'KEYC': 'VALUE'}", "user.KEYChash=VALUE", "KEY\tC VALUE"}) {
        String filled = form.replace("C", String.valueOf(c)).replace("VALUE", SECRET);
        String password = filled.replace("KEY", "password");
        String pwd = filled.replace("KEY", "pwd");
        if (!Redactor.redact(password).contains(SECRET)) {
          assertThat(Redactor.redact(pwd)).as(pwd).doesNotContain(SECRET);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"password=\"my pass phrase\" code=803010"})
  void shouldMaskQuotedValuesWithSpacesWhole(String text) {
    assertThat(Redactor.redact(text)).doesNotContain("pass phrase").contains("code=803010");
  }
}
