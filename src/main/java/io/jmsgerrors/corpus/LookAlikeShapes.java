package io.jmsgerrors.corpus;

import java.util.List;

/** Lines full of numbers that look like JMessage codes but are not errors (ids, SMS codes, other products...). */
final class LookAlikeShapes {
  private LookAlikeShapes() {}

  static String build(Draw d) {
    Rand r = d.r;
    String n = "" + (r.chance(0.6) ? d.codes.lookAlike(r) : Integer.parseInt(r.digits(6)));
    String head = r.chance(0.6) ? d.plainTime() + " " + r.pick("INFO", "DEBUG", "WARN") + " " : "";
    return switch (r.nextInt(20)) {
      case 0 -> head + r.pick("user " + n + " logged in", "login ok username=" + n, "register user " + n + " ok",
          "send message from " + n + " to " + d.username());
      case 1 -> ClientShapes.logcat(d, 'D', "JIGUANG-JMessage") + r.pick("[cn.jmessage.biz.j.c.aq$1$1] login: userName = " + n,
          "[cn.jmessage.biz.k.i] getUserIDsFromLocal username = " + n, "[cn.jmessage.biz.k.g]  hashcode = " + n + r.digits(r.between(0, 3)),
          "[cn.jpush.im.android.api.JMessageClient] JMessage SDK init finished! version = 2.9.2 build id = 1010",
          "[cn.jmessage.biz.e.a$a] download avatar failed ! statusCode = " + r.pick(404, 403, 500),
          "[cn.jmessage.biz.g.c] target appkey is null ,return default value.");
      case 2 -> ClientShapes.logcat(d, 'I', "JIGUANG-JMessage") + "[IMProtocol] - command:" + r.between(1, 40) + ", version:1, uid:"
          + n + ", appkey:" + d.appkey() + ", responseCode:0, responseMessage:" + r.pick("", "ok", "success") + ", entity:null";
      case 3 -> ClientShapes.logcat(d, 'I', "JIGUANG-JMessage") + r.pick("[cn.jmessage.biz.j.c.bj$1] update group info finished ! response code is 0",
          "[cn.jmessage.biz.i.d$1] conversation localize finished. status code = 0", "[cn.jmessage.biz.f.b$b$1] send receipt report request finished. code = 0",
          "[cn.jmessage.biz.httptask.task.AbstractTask] get response : code = " + r.pick(0, 200, 204));
      case 4 -> head + r.pick("SMS verification code " + n + " sent to +86 138****" + r.digits(4),
          "send verify code " + n + " to " + r.digits(11) + " ok", "您的验证码是" + n + "，5分钟内有效", "验证码：" + n + " 已发送",
          "Your JIGUANG verification code is " + n + ", valid for 5 minutes", "otp sent, sms_code=" + n);
      case 5 -> head + r.pick("group " + n + " created, owner=" + d.username(), "gid=" + n + " members=" + r.between(2, 500),
          "enter chatroom roomId=" + n + " ok", "\"group_id\":" + n + ",\"name\":\"team-" + r.alnum(4) + "\"", "msg_id=" + n + r.digits(4) + " delivered",
          "rid:" + n + " ack", "juid=" + n + r.digits(3) + " online");
      case 6 -> head + r.pick("{\"error\":{\"code\":" + r.pick(3002, 3003, 1004, 4033, 8400, 1011) + ",\"message\":\"" + r.pick("appkey not exist",
          "invalid registration id", "auth failed") + "\"}}", "JPush push failed: {\"error\": {\"code\": " + r.pick(1004, 1011, 2003) + ", \"message\": \"cannot find user by this audience\"}}",
          "JVerification loginAuth result code=" + r.pick(6001, 6002, 2016, 4033) + " content=fetch loginToken failed", "{\"code\":" + r.pick(8000, 6000, 7000) + ",\"content\":\"ok\"}",
          "JOperate upload error errorCode=" + r.pick(8400, 3003));
      case 7 -> head + r.pick("[JMessage] " + r.pick("{code: ", "{\"code\": ") + r.between(1, 5) + ", description: \"" + r.pick("Can't get the conversation",
          "Parameters error", "No such message", "Not find the file") + "\"}", "PlatformException(" + r.between(1, 4) + ", Parameters error, null)");
      case 8 -> d.nslogTime() + " JChat[" + r.between(300, 9999) + ":" + r.between(10_000, 999_999) + "] login failed: Error Domain=jmsg_error Code=6002 \""
          + r.pick("request timeout", "JMSGPushError:request timeout") + "\" UserInfo={NSLocalizedDescription=request timeout}";
      case 9 -> head + r.pick("HTTP/1.1 " + r.pick(400, 404, 500) + " responseCode:" + r.pick(400, 404, 500), "Normal response but unexpected - responseCode:" + r.pick(200, 204, 302),
          "Got error response - responseCode:" + r.pick(502, 504) + ", responseContent:<html><body>" + r.pick(502, 504) + " Gateway Time-out</body></html>",
          "batch register result: [{\"username\":\"" + n + "\"},{\"username\":\"" + d.codes.lookAlike(r) + "\"}]",
          "status=" + r.pick(500, 502, 503) + " body=\"upstream timeout\"", "{\"code\":0,\"message\":\"success\"}", "---<- event:login, data:{\"code\":0,\"message\":\"success\"}");
      case 10 -> head + r.pick("crc32=" + n + r.digits(4), "checksum crc:" + n, "file crc=0x" + r.hex(8) + " size=" + n);
      case 11 -> head + r.pick("event at " + d.millis + " ms", "ts=" + d.millis, "\"ctime_ms\":" + d.millis, "expires_at=" + (d.millis + 7_200_000));
      case 12 -> head + r.pick("zip code " + n, "postcode=" + n, "{\"address\":{\"zipCode\":\"" + n + "\",\"city\":\"Shenzhen\"}}", "邮编：" + n);
      case 13 -> head + r.pick("listening on 0.0.0.0:" + r.between(1024, 65535), "connect to 10.0.0." + r.between(2, 250) + ":" + r.between(1024, 65535) + " refused",
          "port " + r.between(1024, 65535) + " in use");
      case 14 -> head + r.pick("took " + n + "us", "cost=" + n + "ns", "elapsed " + n + " μs", "duration_ms=" + n, "timeout after " + n + "ms");
      case 15 -> head + r.pick("version=2.9.2 build=" + n, "sdk build " + n, "Build " + n + " (release)", "jmessage-sdk-android-2.9.2 build id = 1010",
          "app version 5." + r.between(0, 9) + "." + r.between(0, 9) + " (" + n + ")");
      case 16 -> head + r.pick("trace_id=" + n + r.hex(26), "etag \"" + n + r.hex(10) + "\"", "request " + n + r.hex(18) + " done",
          "media key " + n + "a" + r.hex(15), "file " + n + "f" + r.hex(7) + ".jpg uploaded");
      case 17 -> head + r.pick("rt=0." + n, "latency=" + r.between(0, 9) + "." + n + "s", "score=0." + n, "lat=22." + n + ",lng=113." + r.digits(6),
          "progress 0." + n);
      case 18 -> head + r.pick("pid " + n + " exited with status 0", "thread " + n + " started", "kill -9 " + n);
      default -> head + r.pick("error count=" + r.between(0, 3) + " window=60s", "errors: 0", "no error, code=0", "retry code path " + r.between(1, 4),
          "statusCode = " + r.pick(200, 404), "message code page UTF-8");
    };
  }
}
