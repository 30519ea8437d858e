package io.jmsgerrors.topology;

/** What the parse step forwards: an enriched error event, or a record for the dead-letter topic. */
record Parsed(EnrichedEvent event, byte[] deadLetter) {
  static Parsed of(EnrichedEvent event) {
    return new Parsed(event, null);
  }

  static Parsed deadLetter(byte[] original) {
    return new Parsed(null, original);
  }

  boolean isDeadLetter() {
    return event == null;
  }
}
