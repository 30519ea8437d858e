package io.jmsgerrors.app;

/** An error that ends the service with a non-zero exit; its message is shown as one clear line. */
public final class FatalException extends RuntimeException {
  public FatalException(String message) {
    super(message);
  }

  public FatalException(String message, Throwable cause) {
    super(message, cause);
  }
}
