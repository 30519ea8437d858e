package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kills the packaged service with {@code kill -9} twice while it works through a produced log,
 * restarts it on the same state directory, and checks that nothing was lost or doubled.
 */
@ExtendWith(SharedKafkaBroker.class)
class CrashRecoveryIT {
  static final int RECORDS = Integer.getInteger("jmsg.it.crash.records", 200_000);

  @Test
  void shouldCountEveryErrorExactlyOnceWhenTheServiceIsKilledTwiceMidStream(KafkaTestKit kafka) {
    Pipeline p = new Pipeline(kafka, "crash").with("GROUP_INSTANCE_ID", "crash-0");
    p.produceCorpus(20261125L, RECORDS);
    try (Instance service = p.instance()) {
      service.start();
      killMidStream(service, RECORDS / 5);
      service.start();
      killMidStream(service, RECORDS / 2);
      service.start();
      Pipeline.awaitLines(RECORDS, Duration.ofMinutes(3), service);
      p.produceFlush();
      Expected e = Expected.of(p);

      ExactCounts.assertMetrics(e, service);
      ExactCounts.assertEnriched(p, e);
      ExactCounts.assertWindows(p, e, service);
      service.stopCleanly();
    }
  }

  private static void killMidStream(Instance service, long atLeast) {
    Pipeline.awaitLines(atLeast, Duration.ofMinutes(3), service);
    long seen = Pipeline.linesCounted(service);
    service.kill();
    assertThat(seen).as("killed while records were still waiting").isLessThan(RECORDS);
  }
}
