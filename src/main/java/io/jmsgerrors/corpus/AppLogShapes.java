package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;
import java.util.ArrayList;
import java.util.List;

/** Application logs that mention a JMessage code in their own words, as text, logfmt or JSON. */
final class AppLogShapes {
  private static final String[] ACTIONS = {"send message to", "register user", "add group member", "login user",
      "create group", "update nickname of", "enter chat room for", "push notice to"};

  private AppLogShapes() {}

  private static String head(Draw d) {
    Rand r = d.r;
    return switch (r.nextInt(4)) {
      case 0 -> d.plainTime() + " " + d.level("ERROR") + " [" + r.pick("im-worker-", "main-", "task-") + r.between(1, 30) + "] "
          + r.pick("ImSender", "c.a.im.ChatService", "GroupSync", "notify.Dispatcher") + " - ";
      case 1 -> d.iso() + " " + d.level("error").toLowerCase(java.util.Locale.ROOT) + " ";
      case 2 -> "[" + d.plainTime() + "][" + d.level("ERROR") + "] ";
      default -> "";
    };
  }

  private static String appkeyMaybe(Draw d, String sep) {
    return d.r.chance(0.55) ? d.appkeyKey() + sep + d.appkey() : null;
  }

  /** {@code code=803010}, {@code errorCode=899030}, {@code jmessage code = 7100002} in free text. */
  static String keyed(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.UNKNOWN, Platform.UNKNOWN);
    String key = r.chance(0.25) ? r.casing(r.pick("error code", "err code", "jmessage code", "jmsg error code"))
        : r.pick("code", "code", "errorCode", "error_code", "errcode", "jmessage code", "JMessage error code", "err_code");
    String sep = r.pick("=", "=", ": ", " = ", ":");
    List<String> parts = new ArrayList<>();
    parts.add(r.pick(ACTIONS) + " " + d.username() + " failed");
    parts.add(key + sep + c.code());
    if (r.chance(0.5)) {
      parts.add(r.pick("desc", "message", "msg", "reason") + sep + Json.str(c.message()));
    }
    String app = appkeyMaybe(d, sep);
    if (app != null) {
      parts.add(1 + r.nextInt(parts.size()), app);
    }
    List<Extras.Kv> extras = Extras.some(d, 2);
    String tail = extras.isEmpty() ? "" : r.pick(", ", " ") + Extras.plain(r, extras);
    return head(d) + String.join(r.pick(", ", " ", "; "), parts) + tail;
  }

  /** {@code 错误码：803005} in a Chinese log line. */
  static String chinese(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.UNKNOWN, Platform.UNKNOWN);
    String key = r.pick("错误码：", "错误码: ", "错误码=", "错误码:", "极光IM错误码：", "错误代码：");
    String what = r.pick("发送消息失败", "注册用户失败", "添加群成员失败", "登录失败", "创建群组失败", "JMessage 调用失败");
    String app = r.chance(0.45) ? r.pick("，appkey：", ", appKey=", " 应用appkey:") + d.appkey() : "";
    String user = r.chance(0.5) ? r.pick("，用户：", "，用户名=", " username=") + d.username() : "";
    return head(d) + what + r.pick("，", ", ", " ") + key + c.code() + app + user
        + r.pick("", "，原因：" + c.message(), "，请稍后重试");
  }

  static String logfmt(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.UNKNOWN, Platform.UNKNOWN);
    List<Extras.Kv> kvs = new ArrayList<>(Extras.some(d, 3));
    String key = r.chance(0.3) ? r.casing(r.pick("error code", "jmessage code", "im error code"))
        : r.pick("code", "error_code", "errorCode", "jmessage_code", "err.code");
    kvs.add(r.nextInt(kvs.size() + 1), new Extras.Kv(key, "" + c.code(), false));
    if (r.chance(0.6)) {
      kvs.add(r.nextInt(kvs.size() + 1), new Extras.Kv(r.pick("appkey", "app_key", "appKey", "jmessage.appkey"), d.appkey(), true));
    }
    if (r.chance(0.5)) {
      kvs.add(r.nextInt(kvs.size() + 1), new Extras.Kv(r.pick("err", "error", "desc"), c.message(), true));
    }
    String lvl = r.pick("level=error", "level=ERROR", "lvl=eror", "level=warn");
    String msg = "msg=" + Json.str(r.pick("jmessage request failed", "send failed", "im call error", "register failed"));
    return r.pick("ts=" + d.iso() + " ", "time=\"" + d.plainTime() + "\" ", "") + lvl + " " + msg + Extras.logfmt(kvs);
  }

  static String json(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.UNKNOWN, Platform.UNKNOWN);
    List<Json.Field> fs = new ArrayList<>(Extras.json(Extras.some(d, 3)));
    String codeKey = r.chance(0.3) ? r.casing(r.pick("error code", "jmessage error code", "jmsg code"))
        : r.pick("code", "errorCode", "error_code", "jmessage_code", "jmsgErrorCode");
    String codeJson = r.chance(0.2) ? Json.str("" + c.code()) : "" + c.code();
    if (r.chance(0.3)) {
      fs.add(Json.f("error", Json.obj(r, true, List.of(Json.f("code", codeJson), Json.s("message", c.message())))));
    } else {
      fs.add(Json.f(codeKey, codeJson));
    }
    if (r.chance(0.6)) {
      fs.add(Json.s(r.pick("appkey", "appKey", "app_key"), d.appkey()));
    }
    fs.add(Json.s(r.pick("level", "severity", "lvl"), d.level("ERROR")));
    fs.add(Json.s(r.pick("msg", "message"), r.pick("jmessage request failed", "send message failed", "IM error")));
    fs.add(Json.s(r.pick("@timestamp", "time", "ts"), d.iso()));
    return Json.obj(r, true, fs);
  }
}
