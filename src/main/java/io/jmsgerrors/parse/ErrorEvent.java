package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import java.util.Objects;

/**
 * One JMessage error found in a log record.
 *
 * @param code the error code
 * @param entry the catalog meaning, or {@code null} when the catalog lacks the code ("unknown")
 * @param platform the platform the record was logged on, {@link Platform#UNKNOWN} when not told
 * @param appkey the 24-character appkey (lowercase) when the record names one, else {@code null}
 * @param timestampMillis the record's own timestamp in epoch milliseconds, or {@link #NO_TIMESTAMP}
 * @param excerpt a redacted, length-capped excerpt of the line the code was found in
 */
public record ErrorEvent(
    int code,
    CatalogEntry entry,
    Platform platform,
    String appkey,
    long timestampMillis,
    String excerpt) {

  public static final long NO_TIMESTAMP = -1L;

  public ErrorEvent {
    Objects.requireNonNull(platform, "platform");
    excerpt = excerpt == null ? "" : excerpt;
  }

  public boolean known() {
    return entry != null;
  }

  public boolean hasTimestamp() {
    return timestampMillis != NO_TIMESTAMP;
  }
}
