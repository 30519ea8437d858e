package io.jmsgerrors.catalog.build;

import io.jmsgerrors.catalog.Platform;
import java.util.HashMap;
import java.util.Map;

/**
 * Operator hints for single codes, where the table says more than the category does (retry
 * later, token refresh, client throttling, re-login, a documented limit, a documentation quirk).
 * Every other entry gets its category's hint.
 */
public final class CodeHints {
  private static final String THROTTLE = "Rate limit: throttle the client to at most 60 messages a minute per user"
      + " (the documented client limit) and retry later with back-off.";
  private static final String REQUEST_THROTTLE = "Rate limit: the request frequency is above the system limit;"
      + " throttle the caller (messages: at most 60 a minute per user) and retry later with back-off.";
  private static final String BUSY = "The server is busy or timed out: retry later with back-off;"
      + " contact JIGUANG support if it persists.";
  private static final String RELOGIN = "The user's session is not valid (logged out, never logged in or another"
      + " device): log in again before retrying.";
  private static final String TOKEN = "The API token expired: the SDK normally fetches a new token by itself;"
      + " if this repeats, refresh the token by logging in again and check the device clock.";
  private static final String RTC_INIT = "Initialise the JMRTC engine (after a successful JMessage login) before"
      + " calling it.";
  private static final String MULTI_CHANNEL = "The user is logged in on several channels at once: log out the"
      + " other session or update the SDK to a version that supports multi-channel login.";
  private static final String SILENCED = "The sender is muted (silenced) by an admin: wait until the silence"
      + " period ends or lift it.";
  private static final String BATCH_500 = "At most 500 users per request: split the list into batches of 500.";

  private static final Map<Key, String> HINTS = new HashMap<>();

  private record Key(Platform platform, int code) {}

  static {
    server(THROTTLE, 803010);
    server(REQUEST_THROTTLE, 800017);
    web(THROTTLE, 880209);
    server(BUSY, 898030, 899030, 808030);
    web(BUSY, 882005);
    server(RELOGIN, 800012, 800013, 800016);
    server(TOKEN, 898010);
    web("The login signature expired: generate a new signature (timestamp and signature) on your server"
        + " and initialise the SDK again.", 880106);
    server(MULTI_CHANNEL, 801007);
    web(MULTI_CHANNEL, 880110);
    server(SILENCED, 803012);
    web(SILENCED, 880212);
    server(BATCH_500, 899013);
    android("Send or retry later; if it persists, check the network (the request did not complete).", 871102);
    android("The request timed out: retry later; check the device's network.", 871201);
    server("The message contains a sensitive word (named in the message): remove or change it.", 803009);
    server("The audio/video (JMRTC) service is not enabled for this appkey: enable it in the JIGUANG portal.",
        898031);
    server("The audio/video trial time is used up: the service is stopped until it is purchased.", 7100006);
    server("The user is disabled: re-enable the account in the console or through the REST API.", 801006);
    web("The user is disabled: re-enable the account in the console or through the REST API.", 880111);
    server("Messages can only be retracted within the allowed time after sending.", 855001);
    server("The newer server table words this code 'target list is null': the blacklist member list was empty.",
        818001);
    server("The newer server table adds that the response names the usernames that do not exist.", 898002);
    server("The English text is the same as 899013's, but this is a partial failure: the adds succeeded and"
        + " the removal of a username not in the group failed.", 899014);
    server("The documented Chinese text repeats 899048's; the English text is right: global no-disturb is"
        + " already off.", 899050);
    server("The two users' appkeys differ: use the cross-app API or users of the same appkey.", 800014);
    server("Use the cross-app API to reach users or groups of another appkey.", 899021);
    android("Call JMessageClient.init before any other JMessage call.", 871308);
    android("The whole message body must stay under 4 KB: shorten the content or send a file.", 871302);
    android("Usually the ProGuard/obfuscation rules for JMessage are missing: add them as the integration"
        + " guide says.", 871318);
    android("Push (JCore) registration has not finished yet: retry later; if it persists, check the JPush"
        + " configuration.", 871504);
    android("Check the appKey in AndroidManifest.xml: it must be the appkey created in the JPush console.",
        871502);
    android("Enable the Android platform for this appkey in the JPush console.", 871503);
    android("The application's package name is not registered for this appkey in the console.", 871505);
    android("The appkey does not match the package name, or the push token is invalid: check the console"
        + " settings of the appkey.", 871501);
    ios(BATCH_500, 863005);
    ios("JCore/JPush request timeout in the jmsg_error domain (not a JMessage table code): check the"
        + " network and retry the login.", 6002);
    androidRtc(RTC_INIT, 872004, 872106);
    iosRtc(RTC_INIT, 871006, 871007);
    androidRtc("The engine needs the camera and microphone permissions: request them before initialising.",
        872105);
  }

  private CodeHints() {}

  /** The hint for a code on a platform, or {@code null} to use the category's hint. */
  public static String hint(Platform platform, int code) {
    return HINTS.get(new Key(platform, code));
  }

  private static void server(String hint, int... codes) {
    put(Platform.SERVER, hint, codes);
  }

  private static void android(String hint, int... codes) {
    put(Platform.ANDROID, hint, codes);
  }

  private static void androidRtc(String hint, int... codes) {
    put(Platform.ANDROID_RTC, hint, codes);
  }

  private static void ios(String hint, int... codes) {
    put(Platform.IOS, hint, codes);
  }

  private static void iosRtc(String hint, int... codes) {
    put(Platform.IOS_RTC, hint, codes);
  }

  private static void web(String hint, int... codes) {
    put(Platform.WEB, hint, codes);
  }

  private static void put(Platform platform, String hint, int... codes) {
    for (int code : codes) {
      if (HINTS.put(new Key(platform, code), hint) != null) {
        throw new IllegalStateException("two hints for " + platform.id() + " " + code);
      }
    }
  }
}
