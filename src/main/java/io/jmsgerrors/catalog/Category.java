package io.jmsgerrors.catalog;

import java.util.Locale;
import java.util.Optional;

/** The fixed set of categories every catalog entry falls into, each with an operator hint. */
public enum Category {
  AUTH("auth", "Check the appkey and master secret (or the user's token); credentials may be wrong, expired or revoked."),
  USER("user", "The user account is missing, already exists or is in a state that forbids the call; check the username."),
  LOGIN("login", "Login failed or the session is gone; check credentials, then log in again (token refresh)."),
  MESSAGE("message", "The message was refused; check its content, size, target and type."),
  GROUP("group", "Group operation refused; check membership, ownership and the group id."),
  FRIEND("friend", "Friend operation refused; check the friend relation of both users."),
  BLACKLIST("blacklist", "The target has blacklisted the sender, or the blacklist call was invalid."),
  NO_DISTURB("no-disturb", "No-disturb setting refused; check the target and the current setting."),
  CHATROOM("chatroom", "Chat-room operation refused; check the room id, membership and permissions."),
  RTC("rtc", "Audio/video call (JMRTC) failed; check the engine state, permissions and network."),
  RATE_LIMIT("rate-limit", "Too many requests: throttle the client (JMessage allows about 60 messages a minute per user) and retry later with back-off."),
  SERVER("server", "JMessage server-side failure; retry later, and contact JIGUANG support if it persists."),
  CLIENT_NETWORK("client-network", "Client-side network or connection failure; check connectivity, then retry."),
  PARAMETER("parameter", "The request was malformed; fix the parameters the application sends."),
  MEDIA("media", "File or media upload/download failed; check the file, its size and the network."),
  CONVERSATION("conversation", "Conversation operation refused; check that the conversation exists."),
  CLIENT("client", "The SDK refused the call in its current state; check initialisation and the call order."),
  PLUGIN("plugin", "A cross-platform plugin error; see the plugin's own documentation."),
  UNKNOWN("unknown", "This code is not in the catalog; look it up in the JMessage documentation and add it to the catalog topic.");

  private final String id;
  private final String hint;

  Category(String id, String hint) {
    this.id = id;
    this.hint = hint;
  }

  /** The lowercase id used in JSON, metrics labels and the catalog resource. */
  public String id() {
    return id;
  }

  /** What an operator should do about errors of this category. */
  public String hint() {
    return hint;
  }

  public static Optional<Category> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Category c : values()) {
      if (c.id.equals(wanted)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
