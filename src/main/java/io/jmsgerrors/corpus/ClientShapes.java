package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;

/** Errors as the JMessage client SDKs log them: Android logcat, iOS NSError, Flutter, React Native, Web. */
final class ClientShapes {
  /** Android SDK 2.9.2 templates that end with an error code, with the class that logs them. */
  static final String[][] CODE_TEMPLATES = {
      {"cn.jmessage.biz.j.c.aq$1", "login failed ! response code is "},
      {"cn.jmessage.biz.j.c.av$2", "send message failed ! response code is "},
      {"cn.jmessage.biz.j.c.u$2", "create group failed ! response code is "},
      {"cn.jmessage.biz.j.c.ak$1", "exit group failed ! response code is "},
      {"cn.jmessage.biz.j.c.h$1", "add group members failed ! response code is "},
      {"cn.jmessage.biz.j.c.ae$1", "del group members failed ! response code is "},
      {"cn.jmessage.biz.j.c.ad$1", "del group keepers faield ! response code is "},
      {"cn.jmessage.biz.j.c.bb$1", "update member nickname faile ! response code is "},
      {"cn.jmessage.biz.j.c.bj$1", "update group info finished ! response code is "},
      {"cn.jmessage.biz.j.c.r$1", "change group admin failed ! response code is "},
      {"cn.jmessage.biz.j.c.am$1", "add group silence members failed ! response code is "},
      {"cn.jmessage.biz.j.c.e$1", "add friend post execute! code = "},
      {"cn.jmessage.biz.j.c.z$1", "remove friend post execute! code = "},
      {"cn.jmessage.biz.j.c.bk$1", "update memo post execute! code = "},
      {"cn.jmessage.biz.k.i$1", "get userInfo list failed ! code = "},
      {"cn.jmessage.biz.j.c.m$1", "add user to no-disturb failed. code = "},
      {"cn.jmessage.biz.j.c.ac$1", "del group from shielding failed. code = "},
      {"cn.jmessage.biz.j.c.l$1", "add group to no-disturb failed. code = "},
      {"cn.jmessage.biz.httptask.task.GetBlockedGroupsTask", "on error . result code = "},
      {"cn.jmessage.biz.httptask.task.GetNoDisturbListTask", "on error . result code = "},
      {"cn.jmessage.biz.httptask.task.AbstractTask", "get response : code = "},
      {"cn.jmessage.biz.g.h$2", "get user info finished ! response code = "},
      {"cn.jmessage.biz.j.c.au$1", "send receipt request onResponse. code = "},
      {"cn.jmessage.biz.i.d$2$1", "sync resp finished. code = "},
      {"cn.jmessage.biz.i.a$a$2", "getMessageContent finished responseCode = "},
      {"cn.jmessage.biz.e.b$2", "upload task chain execute finished . code = "},
      {"cn.jpush.im.android.api.JMessageClient$4", "[sendSingleTransCommand] sendSingleTransCommand failed ! userID not found. code = "},
  };
  private static final String[] UID_TEMPLATES = {"[imSingleMsgSend] send msg failed", "[imAddGroupKeeper] add group keeper failed",
      "[imApplyJoinGroup] apply Join group failed", "[imAddChatRoomSilence] add chatRoom silence failed",
      "[imPublishGroupAnnouncement] publish announcement failed", "resetUnreadCnt failed",
      "[imTransCommandSend] send transCommand failed"};
  private static final String[] IOS_APPS = {"JChat", "MyIM", "Runner", "ChatDemo", "LiveRoom"};

  private ClientShapes() {}

  /** A logcat line prefix for the tag, in the old or the threadtime layout. */
  static String logcat(Draw d, char level, String tag) {
    Rand r = d.r;
    int pid = r.chance(0.1) ? r.between(100_000, 4_194_304) : r.between(400, 32_767);
    return switch (r.nextInt(5)) {
      case 0, 1 -> level + "/" + tag + "(" + String.format("%5d", pid) + "): ";
      case 2 -> level + "/" + tag + ": ";
      default -> d.logcatTime() + " " + String.format("%5d %5d", pid, pid + r.between(0, 300)) + " " + level + " " + tag + ": ";
    };
  }

  static String androidTemplate(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.ANDROID, Platform.ANDROID);
    String text;
    if (r.chance(0.25)) {
      String uid = r.digits(r.between(8, 11));
      text = "[cn.jmessage.biz.j.d] " + r.pick(UID_TEMPLATES) + ", uid = " + uid + ", "
          + r.pick("rid = " + r.digits(r.between(4, 8)) + ", ", "") + r.pick("code = ", "responseCode = ", "response code is ") + c.code();
    } else {
      String[] t = r.pick(CODE_TEMPLATES);
      text = "[" + t[0] + "] " + t[1] + c.code() + r.pick("", "", " desc = " + c.message(), ", msg = " + c.message());
    }
    if (r.chance(0.3)) {
      text += r.pick(" appkey = ", ", appKey:", " app_key=") + d.appkey();
    }
    return logcat(d, r.pick('E', 'E', 'W', 'I', 'D'), "JIGUANG-JMessage") + text;
  }

  static String imProtocol(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.ANDROID, Platform.ANDROID);
    String text = "[IMProtocol] - command:" + r.between(1, 40) + ", version:1, uid:" + r.digits(r.between(8, 11))
        + ", appkey:" + d.appkey() + ", responseCode:" + c.code() + ", responseMessage:" + c.message() + ", entity:"
        + r.pick("null", "null", "{}");
    return logcat(d, r.pick('I', 'D', 'W', 'E'), "JIGUANG-JMessage") + text;
  }

  static String flutterAndroid(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.ANDROID, Platform.UNKNOWN);
    String ex = "PlatformException(" + c.code() + ", " + c.message() + ", null" + r.pick(")", ", null)");
    return logcat(d, 'E', "flutter") + r.pick("[ERROR:flutter/lib/ui/ui_dart_state.cc(" + r.between(100, 240)
        + ")] Unhandled Exception: ", "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: ",
        "login error: ", "jmessage: ") + ex;
  }

  static String iosNsError(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.IOS, Platform.IOS);
    String app = r.pick(IOS_APPS);
    String prefix = d.nslogTime() + " " + app + "[" + r.between(300, 9_999) + ":" + r.between(10_000, 9_999_999) + "] ";
    String what = r.pick("login failed: ", "JMSGConversation send error: ", "[JMessage] error: ", "createGroup error ",
        "getUserInfo failed, error = ", "");
    String err = "Error Domain=jmsg_error Code=" + c.code() + " \"" + c.message() + "\"";
    if (r.chance(0.2)) {
      err += " UserInfo={\n    NSLocalizedDescription = \"" + c.message() + "\";\n}";
    } else if (r.chance(0.6)) {
      err += " UserInfo={NSLocalizedDescription=" + c.message() + "}";
    }
    String app2 = r.chance(0.3) ? " appKey:" + d.appkey() : "";
    return prefix + what + err + app2;
  }

  static String flutterIos(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.IOS, Platform.IOS);
    String ex = "PlatformException(Error " + c.code() + ", jmsg_error, null" + r.pick(")", ", null)");
    return r.pick("flutter: ", "[VERBOSE-2:ui_dart_state.cc(" + r.between(100, 240) + ")] Unhandled Exception: ",
        d.nslogTime() + " Runner[" + r.between(300, 9999) + ":" + r.between(10_000, 999_999) + "] flutter: ") + ex;
  }

  static String reactNative(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(r.pick(Platform.ANDROID, Platform.IOS), Platform.UNKNOWN);
    String desc = r.pick("\"", "'") ;
    String cb = "{" + r.pick("code: ", "code:", "\"code\": ") + c.code() + ", " + r.pick("description: ", "\"description\": ")
        + desc + c.message() + desc + "}";
    String head = r.pick("ReactNativeJS: ", "[JMessage] ", "console.error ", "JMessage.login error ", "");
    String prefix = r.chance(0.4) ? logcat(d, r.pick('I', 'E'), "ReactNativeJS") : r.chance(0.5) ? d.plainTime() + " " : "";
    return prefix + head + r.pick("login failed ", "sendTextMessage error ", "createGroup: ", "") + cb;
  }

  static String web(Draw d) {
    Rand r = d.r;
    CodePool.Code c = d.error(Platform.WEB, Platform.WEB);
    String event = r.pick("login", "register", "getUserInfo", "sendSingleMsg", "sendGroupMsg", "createGroup",
        "addGroupMembers", "enterChatroom", "init");
    String data = Json.obj(r, r.chance(0.3), java.util.List.of(Json.n("code", c.code()), Json.s("message", c.message())));
    String prefix = r.pick("", "jmessage-sdk-web-2.6.0.min.js:1 ", "[JIM] ", "console.log: ");
    return prefix + "---<- event:" + event + ", data:" + data;
  }
}
