package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JMessage codes the generator draws from: the catalog's codes plus a snapshot of real codes
 * (so the corpus stays varied with a small catalog), and code-shaped numbers no table lists.
 */
final class CodePool {
  /** A code with the English text a log would show next to it. */
  record Code(int code, String message) {}

  private static final String SNAPSHOT_SERVER =
      "898000|Server internal error;898003|Parameter invalid!;898007|Missing authen info;898010|Token expired;"
          + "898031|project not exist;899002|No such user;899003|parameter invalid;899007|Missing authen info;"
          + "899008|Basic authentication failed;899009|Appkey not exit;899011|Repeat to add the members;"
          + "899014|User list is bigger than 500;899017|There are usernames exist in blacklist;"
          + "899020|no auth to operating other appkey;899044|user is not exist in setting;899047|duplicate add group;"
          + "899030|Server response time out, please try again later;800003|appkey not exist;800008|invalid request;"
          + "800013|user logout;800017|beyond the frequency limit;800020|request user no permission;"
          + "801003|user not exist;801004|invalid password;801005|invalid device;802002|username not match;"
          + "803003|target user not exist;803005|user not in group;803006|user not permitted;"
          + "803008|target user is in blacklist;803010|msg send too fast;803012|can not chat while silent;"
          + "805003|user not friend;808001|group name invalid;808004|length of group name exceed limit;"
          + "810001|target in group blacklist;856003|apply repeat;765003|silence times over limit;"
          + "7100002|invite targe logout;7130001|chatroom admin limit;851001|invit event failed;"
          + "818001|target list is null;847001|user not in chatroom";
  private static final String SNAPSHOT_ANDROID =
      "871101|Invalid request parameters.;871102|Request failed.please check your network connection.;"
          + "871104|Server internal error.;871201|Get response timeout,please try again later.;"
          + "871300|Have not logged in.;871303|Invalid username.;871306|Invalid input.;"
          + "871309|Attached file not found.;871312|Create image content failed.;"
          + "871315|Message parse error,check logcat for more information;871322|Get receipt details failed.;"
          + "871402|Upload file failed.auth error.;871501|Push register error,appkey and appid not match.;"
          + "871504|Push register not finished.;872100|Jmrtc engine init failed. appkey is empty.;"
          + "872106|Jmrtc engine have not init yet.";
  private static final String SNAPSHOT_IOS =
      "860015|Network downloading media failed.;860021|Network result is invalid;861101|Internal param check failure;"
          + "863001|Username is invalid;863004|User is not at Login state;863007|User is logouting;"
          + "864001|It is not a media message;864004|Media crc check failure;865001|Message content is invalid;"
          + "865004|You are not in the group for sending message;866003|Conversation groupId is invalid;"
          + "867002|Group fields are invalid;869999|Unknown SDK error;871001|network error or tcp can not connected.;"
          + "871004|JMessage user is not start or login!";
  private static final String SNAPSHOT_WEB =
      "880001|missing error;880004|invalid type;880007|register limit;880102|signatu fail;880103|user not exist;"
          + "880106|signatu is expire;880204|target group not exist;880207|user in blacklist;"
          + "880210|file size exceed the limit;880403|amount of group exceed limit;880602|zero member;"
          + "880610|user already in the group;880614|no permission;881102|member never set;"
          + "881402|request user is not message sender;881501|user not in chatroom;881509|msg format err;"
          + "881701|user not admin;882003|invalid parameter";
  private static final int[] UNKNOWN = {899098, 899987, 803099, 856099, 871599, 880999, 863099, 7199001, 801099,
      812999, 805099, 879999, 861999};

  private final Map<Platform, List<Code>> byPlatform = new LinkedHashMap<>();
  private final List<Code> unknown = new ArrayList<>();
  private final List<Integer> lookAlikes = new ArrayList<>();

  CodePool(Catalog catalog) {
    add(Platform.SERVER, SNAPSHOT_SERVER);
    add(Platform.ANDROID, SNAPSHOT_ANDROID);
    add(Platform.IOS, SNAPSHOT_IOS);
    add(Platform.WEB, SNAPSHOT_WEB);
    for (CatalogEntry e : catalog.entries()) {
      if (e.code() >= 100_000 && e.code() <= 9_999_999) {
        Platform p = e.platform() == Platform.ANDROID_RTC ? Platform.ANDROID
            : e.platform() == Platform.IOS_RTC ? Platform.IOS : e.platform();
        byPlatform.computeIfAbsent(p, k -> new ArrayList<>()).add(new Code(e.code(), e.message()));
      }
    }
    for (int u : UNKNOWN) {
      if (!catalog.contains(u)) {
        unknown.add(new Code(u, "unknown error"));
      }
    }
    byPlatform.values().forEach(l -> l.forEach(c -> lookAlikes.add(c.code())));
  }

  private void add(Platform p, String snapshot) {
    List<Code> list = byPlatform.computeIfAbsent(p, k -> new ArrayList<>());
    for (String pair : snapshot.split(";")) {
      int bar = pair.indexOf('|');
      list.add(new Code(Integer.parseInt(pair.substring(0, bar)), pair.substring(bar + 1)));
    }
  }

  /** A code a record logged on this platform would carry; server codes show up everywhere. */
  Code draw(Rand r, Platform platform) {
    if (!unknown.isEmpty() && r.chance(0.03)) {
      return r.pick(unknown);
    }
    List<Code> own = byPlatform.get(platform);
    if (platform == Platform.UNKNOWN) {
      own = byPlatform.get(r.pick(Platform.SERVER, Platform.ANDROID, Platform.IOS, Platform.WEB));
    }
    if (own == null || own.isEmpty() || (platform != Platform.SERVER && platform != Platform.WEB && r.chance(0.4))) {
      own = byPlatform.get(Platform.SERVER);
    }
    return r.pick(own);
  }

  /** A number that looks exactly like a real code, for look-alike negatives. */
  int lookAlike(Rand r) {
    return r.pick(lookAlikes);
  }
}
