package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;
import java.util.ArrayList;
import java.util.List;

/** Errors of the JMessage REST API as app servers log them: bodies, exceptions, batches. */
final class RestShapes {
  private static final String[] LOGGERS = {"c.e.im.JMessageGateway", "com.acme.chat.ImClient",
      "cn.jmessage.api.JMessageClient", "o.s.w.c.RestTemplate", "im.service.UserSync", "MessagePusher"};
  private static final String[] STACK = {"\tat cn.jiguang.common.connection.NativeHttpClient.doRequest(NativeHttpClient.java:183)",
      "\tat cn.jiguang.common.connection.NativeHttpClient.sendPost(NativeHttpClient.java:98)",
      "\tat cn.jmessage.api.user.UserClient.registerUsers(UserClient.java:74)",
      "\tat cn.jmessage.api.message.MessageClient.sendMessage(MessageClient.java:61)",
      "\tat com.acme.chat.ImClient.send(ImClient.java:212)",
      "\tat java.base/java.lang.Thread.run(Thread.java:833)"};

  private RestShapes() {}

  static String body(Draw d, CodePool.Code c) {
    Rand r = d.r;
    List<Json.Field> inner = new ArrayList<>(List.of(Json.n("code", c.code()), Json.s("message", c.message())));
    String error = Json.obj(r, r.chance(0.3), inner);
    List<Json.Field> outer = new ArrayList<>(List.of(Json.f("error", error)));
    if (r.chance(0.15)) {
      outer.add(Json.s("request_id", r.hex(16)));
    }
    return Json.obj(r, true, outer);
  }

  static String prefix(Draw d) {
    Rand r = d.r;
    String head = switch (r.nextInt(4)) {
      case 0 -> d.plainTime() + " " + d.level("ERROR") + " [http-nio-8080-exec-" + r.between(1, 200) + "] "
          + r.pick(LOGGERS) + " - ";
      case 1 -> d.iso() + " " + d.level("ERROR") + " " + r.pick(LOGGERS) + ": ";
      case 2 -> "[" + d.plainTime() + "] " + r.pick("[error] ", "ERROR: ", "") ;
      default -> "";
    };
    String app = r.chance(0.55) ? d.appkeyKey() + "=" + d.appkey() + " " : "";
    String what = r.pick("jmessage api error: ", "JMessage request failed, body=", "POST /v1/users/ failed ",
        "response: ", "send message failed, response body ", "im rest call returned ", "");
    return head + (r.chance(0.5) ? app + what : what + app);
  }

  static String raw(Draw d) {
    CodePool.Code c = d.error(Platform.SERVER, Platform.SERVER);
    String tail = d.r.chance(0.3) ? " " + Extras.plain(d.r, Extras.some(d, 3)) : "";
    return prefix(d) + body(d, c) + tail;
  }

  static String pretty(Draw d) {
    CodePool.Code c = d.error(Platform.SERVER, Platform.SERVER);
    return prefix(d).stripTrailing() + "\n" + Json.prettyError(d.r, c.code(), c.message());
  }

  static String exception(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.SERVER, Platform.SERVER);
    String head = r.chance(0.6) ? d.plainTime() + " ERROR [" + r.pick("main", "im-worker-2", "scheduler-1") + "] "
        + r.pick(LOGGERS) + " - " + r.pick("send failed", "register users failed", "Unexpected error")
        + (r.chance(0.5) ? " " + d.appkeyKey() + ":" + d.appkey() : "") + "\n" : "";
    String ex = r.pick("cn.jiguang.common.resp.APIRequestException", "cn.jmessage.api.common.model.APIRequestException",
        "Caused by: cn.jiguang.common.resp.APIRequestException", "java.lang.RuntimeException: cn.jiguang.common.resp.APIRequestException");
    StringBuilder sb = new StringBuilder(head).append(ex).append(": ").append(body(d, c));
    int frames = r.nextInt(4);
    for (int i = 0; i < frames; i++) {
      sb.append('\n').append(STACK[i + r.nextInt(STACK.length - i)]);
    }
    return sb.toString();
  }

  static String batch(Draw d) {
    Rand r = d.r;
    int n = r.between(2, 6);
    int errors = r.between(2, n);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Json.Field user = Json.s("username", d.username());
      if (errors > 0 && r.nextInt(n - i) < errors) {
        CodePool.Code c = d.error(Platform.SERVER, Platform.SERVER);
        items.add(Json.obj(r, r.chance(0.2), List.of(user, Json.f("error", Json.obj(r, Json.n("code", c.code()),
            Json.s("message", c.message()))))));
        errors--;
      } else {
        items.add(Json.obj(r, user));
      }
    }
    String array = "[" + String.join(r.pick(",", ", "), items) + "]";
    String app = r.chance(0.5) ? " " + d.appkeyKey() + "=" + d.appkey() : "";
    return d.plainTime() + " " + d.level("WARN") + " " + r.pick("batch register result", "UserSync - register response",
        "batch add friends result", "admins register") + app + ": " + array;
  }

  static String javaClient(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.SERVER, Platform.SERVER);
    String head = r.pick(d.plainTime() + " ERROR cn.jiguang.common.connection.NativeHttpClient - ",
        d.plainTime() + " [pool-1-thread-" + r.between(1, 9) + "] ERROR c.j.c.c.NativeHttpClient: ",
        "ERROR [" + d.iso() + "] NativeHttpClient ");
    String status = "" + r.pick(400, 401, 403, 404, 500, 503);
    String app = r.chance(0.4) ? " (" + d.appkeyKey() + "=" + d.appkey() + ")" : "";
    return head + "Got error response - responseCode:" + status + ", responseContent:" + body(d, c) + app;
  }
}
