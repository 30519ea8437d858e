package io.jmsgerrors.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated log record (one or more lines) with its ground truth.
 *
 * @param text the record as a shipper would deliver it
 * @param events the errors it carries, in no particular order
 * @param secrets secret values planted in it (master secrets, Basic auth blobs, passwords,
 *     tokens) that must never leave a parser
 * @param shape a short name of the shape that produced it, for diagnostics
 */
public record LabelledRecord(String text, List<ExpectedEvent> events, List<String> secrets, String shape) {
  public LabelledRecord {
    events = List.copyOf(events);
    secrets = List.copyOf(secrets);
  }

  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public boolean hasErrors() {
    return !events.isEmpty();
  }
}
