package io.jmsgerrors.parse;

/** Receives the error events the parser finds, without a list per record. */
@FunctionalInterface
public interface ErrorEventSink {
  void accept(ErrorEvent event);
}
