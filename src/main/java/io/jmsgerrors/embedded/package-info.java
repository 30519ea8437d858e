/**
 * The embedded default: a real single-node Apache Kafka broker (KRaft, broker and controller in one
 * node) started inside the service's JVM when {@code KAFKA_BOOTSTRAP_SERVERS} is unset.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
 *     EmbeddedKafkaConfig.of(Path.of("./data/kafka")).withPort(9092))) {
 *   String bootstrap = broker.bootstrapServers(); // "127.0.0.1:9092"
 * }
 * }</pre>
 *
 * <p>The data directory keeps the cluster id, topics and committed offsets across restarts and is
 * locked while a broker uses it. Start-up problems (port taken, directory not writable or in use)
 * are {@link io.jmsgerrors.embedded.EmbeddedKafkaException}s with a message fit for an operator.
 */
package io.jmsgerrors.embedded;
