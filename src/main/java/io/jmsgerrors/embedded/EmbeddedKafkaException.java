package io.jmsgerrors.embedded;

/** The embedded broker could not start; the message says why in words an operator can act on. */
public final class EmbeddedKafkaException extends RuntimeException {
  public EmbeddedKafkaException(String message) {
    super(message);
  }

  public EmbeddedKafkaException(String message, Throwable cause) {
    super(message, cause);
  }
}
