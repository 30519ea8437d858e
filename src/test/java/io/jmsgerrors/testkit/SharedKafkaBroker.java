package io.jmsgerrors.testkit;

import io.jmsgerrors.embedded.EmbeddedKafkaBroker;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving every {@code *IT} class of a test JVM the same in-process broker, started
 * on first use and closed when the JVM's tests end; tests keep apart by unique topic names
 * ({@link KafkaTestKit#uniqueName}). Use {@code @ExtendWith(SharedKafkaBroker.class)} and take a
 * {@link KafkaTestKit} or {@link EmbeddedKafkaBroker} parameter, or call {@link #kit(ExtensionContext)}.
 */
public final class SharedKafkaBroker implements BeforeAllCallback, ParameterResolver {
  /** Large enough for the 10 MB hostile-input records; clients must raise their own limits too. */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private static final String KEY = SharedKafkaBroker.class.getName();

  @Override
  public void beforeAll(ExtensionContext context) {
    broker(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EmbeddedKafkaBroker.class || type == KafkaTestKit.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    EmbeddedKafkaBroker broker = broker(context);
    return parameter.getParameter().getType() == KafkaTestKit.class ? new KafkaTestKit(broker.bootstrapServers()) : broker;
  }

  public static KafkaTestKit kit(ExtensionContext context) {
    return new KafkaTestKit(broker(context).bootstrapServers());
  }

  private static EmbeddedKafkaBroker broker(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(KEY,
        k -> EmbeddedKafkaBroker.startTemporary(Map.of("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES))),
        EmbeddedKafkaBroker.class);
  }
}
