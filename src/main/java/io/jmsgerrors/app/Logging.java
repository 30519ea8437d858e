package io.jmsgerrors.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Applies LOG_LEVEL to the service's own loggers. */
final class Logging {
  private Logging() {}

  static void setLevel(String level) {
    if (LoggerFactory.getLogger("io.jmsgerrors") instanceof Logger logger) {
      logger.setLevel(Level.toLevel(level, Level.INFO));
    }
  }
}
