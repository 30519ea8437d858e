package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.testkit.BrokerProcess;
import io.jmsgerrors.testkit.KafkaTestKit;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the broker ({@code kill -9}, its own JVM) while the packaged service processes a log, and
 * starts it again on the same data directory and port: the service must wait, recover without
 * help, and count exactly.
 */
class BrokerRestartIT {
  static final int RECORDS = Integer.getInteger("jmsg.it.broker.records", 200_000);

  @TempDir Path brokerDir;

  @Test
  void shouldRecoverByItselfAndCountExactlyWhenTheBrokerIsKilledAndRestartedMidStream() {
    try (BrokerProcess broker = BrokerProcess.onFreePort(brokerDir).start()) {
      Pipeline p = new Pipeline(new KafkaTestKit(broker.bootstrapServers()), "broker");
      p.produceCorpus(424242L, RECORDS);
      try (Instance service = p.instance()) {
        service.start();
        Pipeline.awaitLines(RECORDS / 4, Duration.ofMinutes(3), service);
        broker.kill();
        assertThat(Pipeline.linesCounted(service)).as("broker killed mid-stream").isLessThan(RECORDS);
        broker.start();

        Pipeline.awaitLines(RECORDS, Duration.ofMinutes(3), service);
        assertThat(service.isAlive()).isTrue();
        p.produceFlush();
        Expected e = Expected.of(p);
        ExactCounts.assertMetrics(e, service);
        ExactCounts.assertEnriched(p, e);
        ExactCounts.assertWindows(p, e, service);
        assertThat(service.output()).doesNotContain("jmsg-errors: fatal");
        service.stopCleanly();
      }
    }
  }
}
