package io.jmsgerrors.catalog.build;

import static io.jmsgerrors.catalog.Category.AUTH;
import static io.jmsgerrors.catalog.Category.BLACKLIST;
import static io.jmsgerrors.catalog.Category.CHATROOM;
import static io.jmsgerrors.catalog.Category.CLIENT;
import static io.jmsgerrors.catalog.Category.CLIENT_NETWORK;
import static io.jmsgerrors.catalog.Category.CONVERSATION;
import static io.jmsgerrors.catalog.Category.FRIEND;
import static io.jmsgerrors.catalog.Category.GROUP;
import static io.jmsgerrors.catalog.Category.LOGIN;
import static io.jmsgerrors.catalog.Category.MEDIA;
import static io.jmsgerrors.catalog.Category.MESSAGE;
import static io.jmsgerrors.catalog.Category.NO_DISTURB;
import static io.jmsgerrors.catalog.Category.PARAMETER;
import static io.jmsgerrors.catalog.Category.RATE_LIMIT;
import static io.jmsgerrors.catalog.Category.RTC;
import static io.jmsgerrors.catalog.Category.USER;
import static io.jmsgerrors.catalog.Platform.ANDROID;
import static io.jmsgerrors.catalog.Platform.IOS;
import static io.jmsgerrors.catalog.Platform.WEB;

import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import java.util.List;

/** The code rules of {@link CategoryRules}: single codes that differ from their range, and ranges. */
final class CategoryTable {
  /** A rule for the codes {@code lo..hi} on one platform. */
  record Rule(Platform platform, int lo, int hi, Category category) {}

  /** Codes whose meaning differs from the rest of their range; checked before the text rules. */
  static final List<Rule> SINGLE = List.of(
      one(Platform.SERVER, 800017, RATE_LIMIT),
      one(Platform.SERVER, 803010, RATE_LIMIT),   // the client limit of 60 messages a minute
      one(Platform.SERVER, 898000, Category.SERVER),
      one(Platform.SERVER, 899000, Category.SERVER),
      one(Platform.SERVER, 800009, Category.SERVER),
      one(Platform.SERVER, 803001, Category.SERVER),
      one(Platform.SERVER, 803002, Category.SERVER),
      one(Platform.SERVER, 898030, Category.SERVER),
      one(Platform.SERVER, 899030, Category.SERVER),
      one(Platform.SERVER, 898031, RTC),            // audio/video service not enabled
      one(Platform.SERVER, 899013, PARAMETER),      // batch registration longer than 500
      one(Platform.SERVER, 899016, MESSAGE),
      one(Platform.SERVER, 899021, PARAMETER),      // should use the cross-app API
      one(Platform.SERVER, 803008, BLACKLIST),
      one(ANDROID, 871201, CLIENT_NETWORK), // response timeout on the client
      one(IOS, 6002, CLIENT_NETWORK),      // JCore request timeout in the jmsg_error domain
      one(IOS, 860013, Category.SERVER),
      one(IOS, 860021, Category.SERVER),
      one(IOS, 861100, AUTH),
      one(WEB, 880207, BLACKLIST),
      one(WEB, 880210, MEDIA),
      one(WEB, -1, CLIENT),
      one(WEB, -2, CLIENT_NETWORK));

  /** Code ranges by platform, narrow ranges before the wide ones that contain them. */
  static final List<Rule> RANGES = List.of(
      // server: REST API (HTTP) 898xxx/899xxx
      range(Platform.SERVER, 898001, 898002, USER),
      range(Platform.SERVER, 898003, 898003, PARAMETER),
      range(Platform.SERVER, 898004, 898005, USER),
      range(Platform.SERVER, 898006, 898006, GROUP),
      range(Platform.SERVER, 898007, 898011, AUTH),
      range(Platform.SERVER, 899001, 899002, USER),
      range(Platform.SERVER, 899003, 899003, PARAMETER),
      range(Platform.SERVER, 899004, 899004, USER),
      range(Platform.SERVER, 899006, 899006, GROUP),
      range(Platform.SERVER, 899007, 899010, AUTH),
      range(Platform.SERVER, 899011, 899015, GROUP),
      range(Platform.SERVER, 899017, 899019, BLACKLIST),
      range(Platform.SERVER, 899020, 899020, AUTH),
      range(Platform.SERVER, 899043, 899050, NO_DISTURB),
      range(Platform.SERVER, 899051, 899053, GROUP),
      range(Platform.SERVER, 899070, 899079, FRIEND),
      range(Platform.SERVER, 899080, 899089, CHATROOM),
      // server: IM (TCP) 8xxxxx
      range(Platform.SERVER, 800002, 800003, AUTH),
      range(Platform.SERVER, 800014, 800014, AUTH),
      range(Platform.SERVER, 800004, 800004, PARAMETER),
      range(Platform.SERVER, 800008, 800008, PARAMETER),
      range(Platform.SERVER, 800005, 800006, USER),
      range(Platform.SERVER, 800012, 800016, LOGIN),
      range(Platform.SERVER, 800018, 800020, GROUP),
      range(Platform.SERVER, 801000, 802999, LOGIN),
      range(Platform.SERVER, 803000, 803999, MESSAGE),
      range(Platform.SERVER, 805000, 805999, FRIEND),
      range(Platform.SERVER, 808000, 812999, GROUP),
      range(Platform.SERVER, 818000, 819999, BLACKLIST),
      range(Platform.SERVER, 831000, 836999, NO_DISTURB),
      range(Platform.SERVER, 842000, 843999, GROUP),       // group message shielding
      range(Platform.SERVER, 847000, 853999, CHATROOM),
      range(Platform.SERVER, 855000, 855999, MESSAGE),     // retract
      range(Platform.SERVER, 856000, 856999, GROUP),       // join approvals
      range(Platform.SERVER, 857000, 857999, MESSAGE),     // transparent (cmd) messages
      range(Platform.SERVER, 859000, 859999, GROUP),
      range(Platform.SERVER, 765000, 765999, GROUP),       // member silence
      range(Platform.SERVER, 786000, 787999, GROUP),       // announcements
      range(Platform.SERVER, 7100000, 7100999, RTC),
      range(Platform.SERVER, 7130000, 7133999, CHATROOM),  // chat-room admins and blacklist
      range(Platform.SERVER, 8001, 8001, USER),            // REST v1 legacy "user exists"
      // android 8711xx-8715xx
      range(ANDROID, 871101, 871101, PARAMETER),
      range(ANDROID, 871102, 871102, CLIENT_NETWORK),
      range(ANDROID, 871105, 871105, USER),
      range(ANDROID, 871300, 871300, LOGIN),
      range(ANDROID, 871301, 871301, PARAMETER),
      range(ANDROID, 871303, 871306, PARAMETER),
      range(ANDROID, 871317, 871317, PARAMETER),
      range(ANDROID, 871307, 871307, GROUP),
      range(ANDROID, 871308, 871308, CLIENT),
      range(ANDROID, 871326, 871327, CLIENT),
      range(ANDROID, 871309, 871309, MEDIA),
      range(ANDROID, 871311, 871312, MEDIA),
      range(ANDROID, 871310, 871310, CLIENT_NETWORK),
      range(ANDROID, 871323, 871323, CHATROOM),
      range(ANDROID, 871302, 871325, MESSAGE),
      range(ANDROID, 871400, 871499, MEDIA),
      range(ANDROID, 871501, 871503, AUTH),
      range(ANDROID, 871505, 871505, AUTH),
      range(ANDROID, 871504, 871506, CLIENT),
      // ios 86xxxx
      range(IOS, 860010, 860010, AUTH),
      range(IOS, 860011, 860014, CLIENT_NETWORK),
      range(IOS, 860015, 860030, MEDIA),
      range(IOS, 860040, 860040, CLIENT),
      range(IOS, 860170, 860179, PARAMETER),
      range(IOS, 860190, 860199, MESSAGE),
      range(IOS, 860210, 860219, MEDIA),          // Qiniu storage
      range(IOS, 861000, 861999, CLIENT),
      range(IOS, 863001, 863002, PARAMETER),
      range(IOS, 863005, 863005, PARAMETER),      // more than 500 users in one request
      range(IOS, 863004, 863007, LOGIN),
      range(IOS, 863008, 863009, FRIEND),
      range(IOS, 864000, 864999, MEDIA),
      range(IOS, 865000, 865999, MESSAGE),
      range(IOS, 866000, 866999, CONVERSATION),
      range(IOS, 867000, 867999, GROUP),
      range(IOS, 868000, 868999, CHATROOM),
      range(IOS, 869000, 869999, CLIENT),
      // web 88xxxx (renumbered server codes)
      range(WEB, 880001, 880001, CLIENT),
      range(WEB, 880005, 880005, MEDIA),
      range(WEB, 880006, 880006, LOGIN),
      range(WEB, 880007, 880007, USER),
      range(WEB, 880002, 880008, PARAMETER),
      range(WEB, 880101, 880102, AUTH),
      range(WEB, 880106, 880106, AUTH),
      range(WEB, 880100, 880199, LOGIN),
      range(WEB, 880200, 880299, MESSAGE),
      range(WEB, 880300, 880399, FRIEND),
      range(WEB, 880400, 880899, GROUP),
      range(WEB, 880900, 881099, BLACKLIST),
      range(WEB, 881100, 881199, NO_DISTURB),
      range(WEB, 881200, 881299, GROUP),          // group message shielding
      range(WEB, 881300, 881399, FRIEND),
      range(WEB, 881400, 881499, MESSAGE),        // retract
      range(WEB, 881500, 881599, CHATROOM),
      range(WEB, 881600, 881699, MESSAGE),        // transparent (cmd) messages
      range(WEB, 881700, 881799, GROUP),
      range(WEB, 882002, 882002, USER),
      range(WEB, 882003, 882003, PARAMETER),
      range(WEB, 882004, 882004, AUTH));

  private CategoryTable() {}

  static Category match(List<Rule> rules, int code, Platform platform) {
    for (Rule r : rules) {
      if (r.platform() == platform && code >= r.lo() && code <= r.hi()) {
        return r.category();
      }
    }
    return null;
  }

  private static Rule one(Platform platform, int code, Category category) {
    return new Rule(platform, code, code, category);
  }

  private static Rule range(Platform platform, int lo, int hi, Category category) {
    return new Rule(platform, lo, hi, category);
  }
}
