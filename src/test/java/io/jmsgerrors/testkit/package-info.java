/**
 * Helpers for {@code *IT} tests against a real broker.
 *
 * <pre>{@code
 * @ExtendWith(SharedKafkaBroker.class)            // one in-process broker per test JVM
 * class PipelineIT {
 *   @Test
 *   void shouldCountEveryError(KafkaTestKit kit) {
 *     String input = KafkaTestKit.uniqueName("logs"); // unique topics and application ids per test
 *     kit.createTopics(6, input);
 *     kit.produce(input, lines, true);               // one committed transaction
 *     try (ChildJvm service = ChildJvm.service(Map.of(
 *         "KAFKA_BOOTSTRAP_SERVERS", kit.bootstrapServers(), "INPUT_TOPICS", input), "run")) {
 *       var out = kit.consumeAll(enriched, true, expected, KafkaTestKit.TIMEOUT); // read_committed
 *       service.kill();                              // kill -9, for crash tests
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@link io.jmsgerrors.testkit.BrokerProcess} runs a broker in its own JVM on a fixed data
 * directory and port, for tests that kill and restart the broker under a running service.
 */
package io.jmsgerrors.testkit;
