package io.jmsgerrors.serde;

import io.jmsgerrors.topology.EnrichedEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class EnrichedEventJsonProperties {
  @Property(tries = 3000)
  void shouldWriteArbitraryEventsByteForByteAsJacksonDoes(
      @ForAll int code, @ForAll boolean known, @ForAll String category, @ForAll String message,
      @ForAll String description, @ForAll String hint, @ForAll String table, @ForAll String platform,
      @ForAll String appkey, @ForAll long timestamp, @ForAll String topic, @ForAll int partition,
      @ForAll long offset, @ForAll String excerpt) {
    EnrichedEventJsonTest.assertSameBytes(new EnrichedEvent(code, known, category, message, description, hint,
        table, platform, appkey, timestamp, topic, partition, offset, excerpt));
  }

  @Property(tries = 1000)
  void shouldWriteTheSameMeaningWithArbitraryPerEventFieldsAsJacksonDoes(
      @ForAll String platform, @ForAll String appkey, @ForAll long timestamp, @ForAll String topic,
      @ForAll int partition, @ForAll long offset, @ForAll String excerpt) {
    EnrichedEventJsonTest.assertSameBytes(new EnrichedEvent(803010, true, "rate-limit", "msg send too fast",
        "发送过快", "slow down", "server", platform, appkey, timestamp, topic, partition, offset, excerpt));
  }
}
