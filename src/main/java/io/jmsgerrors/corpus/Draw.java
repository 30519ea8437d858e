package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The state of one record being generated: its appkey, its errors and its planted secrets. */
final class Draw {
  private static final long BASE_MILLIS = 1_795_564_800_000L;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
      .withZone(ZoneOffset.ofHours(8));
  private static final DateTimeFormatter LOGCAT = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss.SSS")
      .withZone(ZoneOffset.ofHours(8));

  private record Pending(int code, Platform platform) {}

  final Rand r;
  final CodePool codes;
  final String appkey;
  final long millis;
  private boolean appkeyNamed;
  private final List<Pending> events = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();

  Draw(Rand r, CodePool codes, List<String> appkeys, LongSupplier clock) {
    this.r = r;
    this.codes = codes;
    this.appkey = r.pick(appkeys);
    this.millis = clock == null ? BASE_MILLIS + r.between(0L, 86_400_000L) : clock.getAsLong() - r.between(0L, 2_000L);
  }

  /** Draws a code for a record logged on {@code drawFrom} and records it with the platform the record tells. */
  CodePool.Code error(Platform drawFrom, Platform told) {
    CodePool.Code c = codes.draw(r, drawFrom);
    events.add(new Pending(c.code(), told));
    return c;
  }

  boolean hasErrors() {
    return !events.isEmpty();
  }

  /** The appkey as the record names it (sometimes in upper case), marking it named. */
  String appkey() {
    appkeyNamed = true;
    return r.chance(0.03) ? appkey.toUpperCase(Locale.ROOT) : appkey;
  }

  boolean appkeyNamed() {
    return appkeyNamed;
  }

  /** The spelling of the appkey's key that a given log uses. */
  String appkeyKey() {
    return r.pick("appkey", "appKey", "app_key", "appkey", "AppKey", "appkey", "jmessage.appkey");
  }

  String secret(String value) {
    secrets.add(value);
    return value;
  }

  String masterSecret() {
    return secret(r.hex(24));
  }

  String basicAuth() {
    String blob = Base64.getEncoder().encodeToString((appkey + ":" + masterSecret()).getBytes(StandardCharsets.UTF_8));
    return "Basic " + secret(blob);
  }

  String password() {
    return secret(r.alnum(r.between(10, 16)) + r.pick("!", "#", "", "9"));
  }

  String token() {
    return secret(r.pick("eyJ", "", "tk_") + r.alnum(r.between(32, 44)));
  }

  String username() {
    return r.chance(0.3) ? r.digits(r.between(6, 11)) : r.pick("dev_", "user", "u_", "jchat_", "") + r.alnum(r.between(3, 8)).toLowerCase(Locale.ROOT);
  }

  String iso() {
    return ISO.format(Instant.ofEpochMilli(millis));
  }

  String plainTime() {
    String t = PLAIN.format(Instant.ofEpochMilli(millis));
    return r.chance(0.3) ? t.replace('.', ',') : t;
  }

  String logcatTime() {
    return LOGCAT.format(Instant.ofEpochMilli(millis));
  }

  String nslogTime() {
    return PLAIN.format(Instant.ofEpochMilli(millis)) + r.digits(3) + "+0800";
  }

  String level(String error) {
    return r.chance(0.8) ? error : r.pick("WARN", "INFO", "DEBUG", "warning");
  }

  LabelledRecord finish(String text, String shape) {
    List<ExpectedEvent> out = new ArrayList<>(events.size());
    for (Pending p : events) {
      out.add(new ExpectedEvent(p.code(), appkeyNamed ? appkey : null, p.platform()));
    }
    return new LabelledRecord(text, out, secrets, shape);
  }
}
