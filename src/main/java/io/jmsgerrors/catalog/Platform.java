package io.jmsgerrors.catalog;

import java.util.Locale;
import java.util.Optional;

/** The platform whose code table defines a code, or where an error was logged. */
public enum Platform {
  SERVER("server"),
  ANDROID("android"),
  IOS("ios"),
  WEB("web"),
  ANDROID_RTC("android-rtc"),
  IOS_RTC("ios-rtc"),
  /** Cross-platform plugins (Flutter, React Native): the platform beneath is not known. */
  UNKNOWN("unknown");

  private final String id;

  Platform(String id) {
    this.id = id;
  }

  /** The lowercase id used in JSON, metrics labels and the catalog resource. */
  public String id() {
    return id;
  }

  public static Optional<Platform> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Platform p : values()) {
      if (p.id.equals(wanted)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
