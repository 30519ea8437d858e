package io.jmsgerrors.topology;

/**
 * What the closed-window step forwards: a window's final count for the rates topic, or a spike
 * alert for the alerts topic.
 */
record ClosedWindowOutput(byte[] rate, byte[] alert) {
  static ClosedWindowOutput rate(byte[] json) {
    return new ClosedWindowOutput(json, null);
  }

  static ClosedWindowOutput alert(byte[] json) {
    return new ClosedWindowOutput(null, json);
  }

  boolean isRate() {
    return rate != null;
  }
}
