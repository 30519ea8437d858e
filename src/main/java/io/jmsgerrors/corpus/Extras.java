package io.jmsgerrors.corpus;

import java.util.ArrayList;
import java.util.List;

/** Ordinary key/value noise around errors: ids, durations, look-alike numbers, sometimes a secret. */
final class Extras {
  /** One key/value pair; {@code quoted} values are strings in JSON. */
  record Kv(String key, String value, boolean quoted) {}

  private Extras() {}

  static List<Kv> some(Draw d, int max) {
    Rand r = d.r;
    List<Kv> out = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(noise(d));
    }
    if (r.chance(0.2)) {
      out.add(r.nextInt(out.size() + 1), secret(d));
    }
    return out;
  }

  static Kv noise(Draw d) {
    Rand r = d.r;
    switch (r.nextInt(14)) {
      case 0: return new Kv(r.casing("user id"), r.chance(0.5) ? r.digits(r.between(8, 11)) : "" + d.codes.lookAlike(r), false);
      case 1: return new Kv("rid", r.chance(0.4) ? "" + d.codes.lookAlike(r) : r.digits(r.between(5, 9)), false);
      case 2: return new Kv(r.pick("took", "cost", "elapsed", "duration"), r.between(1, 900_000) + r.pick("ms", "us", "μs", "ns", ""), true);
      case 3: return new Kv(r.pick("username", "userName", "user", "target"), d.username(), true);
      case 4: return new Kv(r.pick("trace_id", "traceId", "request_id", "x-request-id"), r.hex(r.pick(16, 32)), true);
      case 5: return new Kv(r.casing("msg id"), r.digits(r.between(9, 12)), false);
      case 6: return new Kv(r.pick("gid", "groupId", "group_id", "roomId", "chatroom_id"), r.chance(0.4) ? "" + d.codes.lookAlike(r) : r.digits(r.between(6, 9)), false);
      case 7: return new Kv(r.pick("ts", "timestamp", "time_ms"), Long.toString(d.millis), false);
      case 8: return new Kv(r.pick("rt", "upstream_rt", "latency"), "0." + d.codes.lookAlike(r), false);
      case 9: return new Kv(r.pick("thread", "worker"), r.pick("im-worker-", "pool-3-thread-", "grpc-default-executor-") + r.between(0, 40), true);
      case 10: return new Kv(r.pick("port", "remote_port"), "" + r.between(1024, 65535), false);
      case 11: return new Kv(r.pick("version", "sdk_version", "sdkVersion"), r.between(1, 4) + "." + r.between(0, 12) + "." + r.between(0, 9), true);
      case 12: return new Kv(r.pick("status", "http_status", "statusCode"), "" + r.pick(200, 400, 401, 403, 404, 429, 500, 502, 503), false);
      default: return new Kv(r.pick("juid", "uid"), r.digits(r.between(7, 11)), false);
    }
  }

  static Kv secret(Draw d) {
    Rand r = d.r;
    switch (r.nextInt(4)) {
      case 0: return new Kv(r.pick("masterSecret", "master_secret", "mastersecret", "secret"), d.masterSecret(), true);
      case 1: return new Kv(r.pick("password", "pwd", "passwd"), d.password(), true);
      case 2: return new Kv(r.pick("token", "access_token", "accessToken", "im_token"), d.token(), true);
      default: return new Kv("Authorization", d.basicAuth(), true);
    }
  }

  static String logfmt(List<Kv> kvs) {
    StringBuilder sb = new StringBuilder();
    for (Kv kv : kvs) {
      String v = kv.value().contains(" ") || kv.value().isEmpty() ? Json.str(kv.value()) : kv.value();
      sb.append(' ').append(kv.key()).append('=').append(v);
    }
    return sb.toString();
  }

  static String plain(Rand r, List<Kv> kvs) {
    String sep = r.pick("=", " = ", ": ", ":");
    String join = r.pick(", ", " ", "; ");
    StringBuilder sb = new StringBuilder();
    for (Kv kv : kvs) {
      sb.append(sb.length() == 0 ? "" : join).append(kv.key()).append(sep).append(kv.value());
    }
    return sb.toString();
  }

  static List<Json.Field> json(List<Kv> kvs) {
    List<Json.Field> out = new ArrayList<>();
    for (Kv kv : kvs) {
      out.add(kv.quoted() ? Json.s(kv.key(), kv.value()) : Json.f(kv.key(), kv.value()));
    }
    return out;
  }
}
