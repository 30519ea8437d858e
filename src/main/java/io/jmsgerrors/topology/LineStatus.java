package io.jmsgerrors.topology;

/** What became of one input record; the status label of {@code jmessage_log_lines_total}. */
public enum LineStatus {
  WITH_ERRORS("with_errors"),
  WITHOUT_ERRORS("without_errors"),
  DEAD_LETTERED("dead_lettered");

  private final String id;

  LineStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
