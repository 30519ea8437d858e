package io.jmsgerrors.corpus;

import java.util.List;

/** Log lines without a JMessage error: the ordinary traffic of servers, devices and shippers. */
final class OrdinaryShapes {
  private static final String[] PATHS = {"/v1/users/", "/v1/messages", "/v1/groups/", "/api/chat/send", "/healthz",
      "/v1/chatroom/", "/static/app.js", "/v1/users/dev_fang/blacklist", "/login"};
  private static final String[] AGENTS = {"okhttp/3.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)",
      "Apache-HttpClient/4.5.13 (Java/17.0.9)", "kube-probe/1.29", "curl/8.4.0"};

  private OrdinaryShapes() {}

  static String build(Draw d) {
    Rand r = d.r;
    return switch (r.nextInt(12)) {
      case 0 -> nginx(d);
      case 1 -> d.plainTime() + " INFO [" + r.pick("main", "http-nio-8080-exec-" + r.between(1, 200)) + "] "
          + r.pick("o.s.b.w.e.tomcat.TomcatWebServer - Tomcat started on port(s): 8080 (http)",
              "c.a.im.ChatService - message delivered to " + d.username() + " in " + r.between(2, 900) + " ms",
              "com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.",
              "c.a.im.GroupSync - synced " + r.between(1, 5000) + " groups, " + r.between(0, 90) + " changed",
              "o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=im-1, groupId=im] Setting offset for partition jmessage.logs-"
                  + r.between(0, 5) + " to the committed offset FetchPosition{offset=" + r.digits(r.between(3, 8)) + "}");
      case 2 -> ClientShapes.logcat(d, r.pick('I', 'D', 'V'), r.pick("ActivityManager", "chatty", "OkHttp", "JIGUANG-JCore", "ViewRootImpl"))
          + r.pick("Start proc " + r.between(1000, 32000) + ":com.acme.chat/u0a" + r.between(10, 400) + " for activity",
              "uid=" + r.between(10000, 99999) + "(com.acme.chat) identical " + r.between(2, 40) + " lines",
              "--> POST https://api.im.jpush.cn/v1/messages (" + r.between(10, 900) + "-byte body)",
              "<-- 200 OK https://api.im.jpush.cn/v1/users/ (" + r.between(10, 900) + "ms)",
              "heartbeat ok, next in " + r.between(60, 290) + "s");
      case 3 -> d.nslogTime() + " JChat[" + r.between(300, 9999) + ":" + r.between(10_000, 999_999) + "] "
          + r.pick("JMessage SDK init ok, version 3.9.1", "conversation list loaded: " + r.between(0, 99) + " items",
              "[JMessage] receive message id " + r.digits(10), "applicationDidBecomeActive");
      case 4 -> Json.obj(r, true, List.of(Json.s("level", "info"), Json.s("msg", r.pick("message sent", "user online", "cache warmed")),
          Json.s("ts", d.iso()), Json.n("duration_ms", r.between(1, 5000)), Json.s("user", d.username())));
      case 5 -> "ts=" + d.iso() + " level=info msg=\"request done\"" + Extras.logfmt(Extras.some(d, 4));
      case 6 -> "[GC (Allocation Failure) [PSYoungGen: " + r.between(10000, 900000) + "K->" + r.between(1000, 90000) + "K("
          + r.between(100000, 990000) + "K)] " + r.between(1000, 9_000_000) + "K->" + r.between(1000, 900_000) + "K, 0."
          + r.digits(7) + " secs]";
      case 7 -> d.iso() + " " + r.pick("Normal", "Warning") + " " + r.pick("Pulled", "Started", "BackOff", "Scheduled") + " pod/im-api-"
          + r.hex(10) + "-" + r.alnum(5).toLowerCase(java.util.Locale.ROOT) + " " + r.pick("Successfully pulled image", "Started container im-api",
          "Back-off restarting failed container");
      case 8 -> d.plainTime() + " DEBUG " + Extras.plain(r, Extras.some(d, 5));
      case 9 -> r.pick("\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
          "Caused by: java.net.SocketTimeoutException: Read timed out", "    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
          "", "   ", "}", "--");
      case 10 -> d.plainTime() + " WARN " + r.pick("slow query took " + r.between(1000, 90000) + "ms: SELECT * FROM t_user WHERE uid = ?",
          "retrying in " + r.between(1, 30) + "s (attempt " + r.between(1, 5) + "/5)", "connection pool exhausted, active=" + r.between(10, 200));
      default -> d.plainTime() + " INFO  JMessageClient - " + r.pick("sending message to " + d.username(),
          "register " + r.between(1, 500) + " users ok", "response: {\"msg_id\":" + r.digits(10) + ",\"msg_ctime\":" + d.millis + "}",
          "jmessage api ok, rid=" + r.digits(7));
    };
  }

  private static String nginx(Draw d) {
    Rand r = d.r;
    return r.between(1, 223) + "." + r.between(0, 255) + "." + r.between(0, 255) + "." + r.between(1, 254) + " - - [25/Nov/2026:"
        + r.between(10, 23) + ":" + r.between(10, 59) + ":" + r.between(10, 59) + " +0800] \"" + r.pick("GET", "POST", "PUT", "DELETE")
        + " " + r.pick(PATHS) + " HTTP/1.1\" " + r.pick(200, 200, 200, 201, 204, 304, 400, 401, 403, 404, 429, 500, 502) + " "
        + r.between(0, 90000) + " \"-\" \"" + r.pick(AGENTS) + "\" rt=" + r.pick("0.", "1.", "0.0") + r.digits(r.between(3, 6))
        + " uct=\"0.00" + r.between(0, 9) + "\"";
  }
}
