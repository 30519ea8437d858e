package io.jmsgerrors.topology;

/**
 * One error event as written to the enriched topic.
 *
 * @param table the platform whose code table defines the meaning ("unknown" for unknown codes)
 * @param platform the platform the record was logged on ("unknown" when it cannot be told)
 * @param appkey the appkey, or {@code null}
 * @param timestamp event time in epoch milliseconds
 */
public record EnrichedEvent(
    int code,
    boolean known,
    String category,
    String message,
    String description,
    String hint,
    String table,
    String platform,
    String appkey,
    long timestamp,
    String topic,
    int partition,
    long offset,
    String excerpt) {}
