package io.jmsgerrors.catalog;

import java.util.Locale;
import java.util.Optional;

/** Where a catalog entry comes from: a current documentation table, an older one, or none. */
public enum Source {
  CURRENT("current"),
  HISTORICAL("historical"),
  UNDOCUMENTED("undocumented");

  private final String id;

  Source(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Source> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Source s : values()) {
      if (s.id.equals(wanted)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
