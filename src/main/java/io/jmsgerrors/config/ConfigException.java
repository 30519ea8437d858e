package io.jmsgerrors.config;

/** A configuration that cannot be used; its message says which setting and why. */
public final class ConfigException extends IllegalArgumentException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
