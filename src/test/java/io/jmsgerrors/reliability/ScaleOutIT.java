package io.jmsgerrors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.ServiceHttp;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs two instances of the packaged service with one application id and a standby replica of
 * every store, stops one while they share a log, and checks that the other takes its partitions
 * over with their committed counts: totals across instances equal the input.
 */
@ExtendWith(SharedKafkaBroker.class)
class ScaleOutIT {
  static final int RECORDS = Integer.getInteger("jmsg.it.scale.records", 200_000);

  @Test
  void shouldHandOverPartitionsWithExactTotalsWhenOneOfTwoInstancesStops(KafkaTestKit kafka) {
    Pipeline p = new Pipeline(kafka, "scale")
        .with("NUM_STANDBY_REPLICAS", "1")
        .with("KAFKA_SESSION_TIMEOUT_MS", "10000");
    try (Instance a = p.instance(); Instance b = p.instance()) {
      a.launch();
      b.launch();
      p.produceCorpus(31337L, RECORDS);
      a.awaitReady();
      b.awaitReady();
      Pipeline.awaitLines(RECORDS / 3, Duration.ofMinutes(3), a, b);
      String beforeStop = a.http().metrics();
      long aWork = (long) (ServiceHttp.sum(beforeStop, "jmessage_log_lines_total") + ServiceHttp.sum(beforeStop, "jmessage_errors_total"));
      assertThat(aWork).as("the stopped instance had active tasks").isPositive();
      assertThat(Pipeline.linesCounted(a, b)).as("stopped mid-stream").isLessThan(RECORDS);
      a.stopCleanly();

      Pipeline.awaitLines(RECORDS, Duration.ofMinutes(3), b);
      p.produceFlush();
      Expected e = Expected.of(p);
      ExactCounts.assertMetrics(e, b);
      ExactCounts.assertEnriched(p, e);
      ExactCounts.assertWindows(p, e, b);
      b.stopCleanly();
    }
  }
}
