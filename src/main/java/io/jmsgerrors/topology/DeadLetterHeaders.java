package io.jmsgerrors.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The headers a dead-lettered record carries: where it came from and why it failed. */
public final class DeadLetterHeaders {
  public static final String TOPIC = "jmsg.origin.topic";
  public static final String PARTITION = "jmsg.origin.partition";
  public static final String OFFSET = "jmsg.origin.offset";
  public static final String CAUSE = "jmsg.error.cause";

  private DeadLetterHeaders() {}

  static Headers of(Headers original, String topic, int partition, long offset, String cause) {
    RecordHeaders h = new RecordHeaders(original == null ? new RecordHeaders().toArray() : original.toArray());
    h.remove(TOPIC).remove(PARTITION).remove(OFFSET).remove(CAUSE);
    h.add(TOPIC, bytes(topic));
    h.add(PARTITION, bytes(Integer.toString(partition)));
    h.add(OFFSET, bytes(Long.toString(offset)));
    h.add(CAUSE, bytes(cause));
    return h;
  }

  private static byte[] bytes(String s) {
    return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
  }
}
