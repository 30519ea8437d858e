package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;
import java.util.Objects;

/**
 * One error a generated record really carries: the ground truth a parser is measured against.
 *
 * @param code the JMessage error code
 * @param appkey the lowercase appkey the record names, or {@code null} when it names none
 * @param platform the platform the record tells, {@link Platform#UNKNOWN} when it does not
 */
public record ExpectedEvent(int code, String appkey, Platform platform) {
  public ExpectedEvent {
    Objects.requireNonNull(platform, "platform");
  }
}
