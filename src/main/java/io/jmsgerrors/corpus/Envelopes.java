package io.jmsgerrors.corpus;

import java.util.ArrayList;
import java.util.List;

/** The JSON envelopes log shippers put around a line: Filebeat/ECS, Fluent Bit, Vector, OpenTelemetry, Docker. */
final class Envelopes {
  private Envelopes() {}

  /** Wraps the inner text; may name the record's appkey in a field of the envelope. */
  static String wrap(Draw d, String inner) {
    Rand r = d.r;
    if (r.chance(0.08)) {
      return filebeat(d, docker(d, inner));
    }
    return switch (r.nextInt(6)) {
      case 0, 1 -> filebeat(d, inner);
      case 2 -> fluentBit(d, inner);
      case 3 -> vector(d, inner);
      case 4 -> otel(d, inner);
      default -> docker(d, inner);
    };
  }

  /** The Docker json-file line; Filebeat sometimes ships it undecoded, escaping the line twice. */
  private static String docker(Draw d, String inner) {
    return Json.obj(d.r, false, List.of(Json.s("log", inner + "\n"), Json.s("stream", d.r.pick("stdout", "stderr")),
        Json.s("time", d.iso())));
  }

  private static String filebeat(Draw d, String inner) {
    Rand r = d.r;
    List<Json.Field> fs = new ArrayList<>();
    fs.add(Json.s("@timestamp", d.iso()));
    fs.add(Json.f("log", Json.obj(r, Json.s("level", d.level("error").toLowerCase(java.util.Locale.ROOT)),
        Json.f("file", Json.obj(r, Json.s("path", r.pick("/var/log/im/app.log", "/data/logs/chat-server.log")))),
        Json.n("offset", r.between(0, 2_000_000_000)))));
    fs.add(Json.s("message", inner));
    if (r.chance(0.6)) {
      List<Json.Field> labels = new ArrayList<>(List.of(Json.s("env", r.pick("prod", "staging"))));
      if (r.chance(0.7)) {
        labels.add(Json.s("appkey", d.appkey()));
      }
      fs.add(Json.f("labels", Json.obj(r, true, labels)));
    }
    fs.add(Json.f("host", Json.obj(r, Json.s("name", "im-api-" + r.between(1, 9)))));
    fs.add(Json.f("agent", Json.obj(r, Json.s("type", "filebeat"), Json.s("version", "8." + r.between(5, 16) + ".0"),
        Json.s("id", r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12)))));
    fs.add(Json.f("ecs", Json.obj(r, Json.s("version", "8.11.0"))));
    return Json.obj(r, r.chance(0.3), fs);
  }

  private static String fluentBit(Draw d, String inner) {
    Rand r = d.r;
    List<Json.Field> fs = new ArrayList<>();
    fs.add(Json.f("date", (d.millis / 1000) + "." + r.digits(6)));
    fs.add(Json.s("log", inner));
    fs.add(Json.s("stream", "stderr"));
    fs.add(Json.f("kubernetes", Json.obj(r, Json.s("pod_name", "chat-" + r.hex(9) + "-" + r.alnum(5).toLowerCase(java.util.Locale.ROOT)),
        Json.s("namespace_name", "im"), Json.s("container_name", "app"), Json.s("pod_id", r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12)))));
    if (r.chance(0.3)) {
      fs.add(Json.s(r.pick("appkey", "app_key"), d.appkey()));
    }
    return Json.obj(r, r.chance(0.3), fs);
  }

  private static String vector(Draw d, String inner) {
    Rand r = d.r;
    List<Json.Field> fs = new ArrayList<>();
    fs.add(Json.s("message", inner));
    fs.add(Json.s("timestamp", d.iso()));
    fs.add(Json.s("source_type", r.pick("kubernetes_logs", "file", "docker_logs")));
    fs.add(Json.s("host", "node-" + r.between(1, 40)));
    if (r.chance(0.4)) {
      fs.add(r.chance(0.5) ? Json.s("jmessage.appkey", d.appkey()) : Json.f("jmessage", Json.obj(r, Json.s("appkey", d.appkey()))));
    }
    return Json.obj(r, r.chance(0.5), fs);
  }

  private static String otel(Draw d, String inner) {
    Rand r = d.r;
    boolean named = r.chance(0.5);
    if (r.chance(0.4)) {
      List<String> attrs = new ArrayList<>();
      attrs.add("{\"key\":\"service.name\",\"value\":{\"stringValue\":\"im-api\"}}");
      if (named) {
        attrs.add("{\"key\":\"jmessage.appkey\",\"value\":{\"stringValue\":\"" + d.appkey() + "\"}}");
      }
      return "{\"timeUnixNano\":\"" + d.millis + "000000\",\"severityNumber\":17,\"severityText\":\"ERROR\",\"body\":{\"stringValue\":"
          + Json.str(inner) + "},\"attributes\":[" + String.join(",", attrs) + "],\"traceId\":\"" + r.hex(32) + "\"}";
    }
    List<Json.Field> attrs = new ArrayList<>(List.of(Json.s("service.name", "im-api")));
    if (named) {
      attrs.add(Json.s(r.pick("appkey", "jmessage.appkey", "appKey"), d.appkey()));
    }
    return Json.obj(r, r.chance(0.3), List.of(Json.s(r.pick("Timestamp", "timestamp"), d.iso()), Json.s("SeverityText", "ERROR"),
        Json.s(r.pick("Body", "body"), inner), Json.f(r.pick("Attributes", "attributes"), Json.obj(r, true, attrs)),
        Json.s("TraceId", r.hex(32))));
  }
}
