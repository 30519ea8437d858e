package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.ConfigLoader;
import io.jmsgerrors.config.KafkaProperties;
import io.jmsgerrors.serde.CatalogRecords;
import io.jmsgerrors.testkit.KafkaTestKit;
import io.jmsgerrors.testkit.SharedKafkaBroker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Topic creation and catalog seeding at start-up, against a real broker. */
@ExtendWith(SharedKafkaBroker.class)
class ClusterSetupIT {
  private static final int PARTITIONS = 16;

  /**
   * The catalog seeder and the demo feeder write to the topics as soon as they are created. A write
   * to a partition its broker has not created yet is refused, and an idempotent producer can then
   * drop it (KAFKA-15591), so every partition must take a write at once, with no retry.
   */
  @Test
  void shouldReturnFromCreateTopicsOnlyWhenEveryPartitionTakesWrites(KafkaTestKit kafka) throws InterruptedException {
    for (int round = 0; round < 5; round++) {
      AppConfig config = config(KafkaTestKit.uniqueName("setup-ready"));
      try (Admin admin = Admin.create(KafkaProperties.admin(config, kafka.bootstrapServers()))) {
        ClusterSetup.createTopics(admin, config);
      }
      Map<String, Integer> partitions = new LinkedHashMap<>();
      for (String topic : List.of(config.inputTopics().names().get(0), config.enrichedTopic(), config.ratesTopic(),
          config.dlqTopic(), config.alertsTopic())) {
        partitions.put(topic, PARTITIONS);
      }
      partitions.put(config.catalogTopic(), 1);
      int r = round;
      assertThat(kafka.writeEachPartitionOnce(partitions)).as("round %d", round).hasSize(5 * PARTITIONS + 1)
          .allSatisfy((write, outcome) -> assertThat(outcome).as("round %d, write to %s", r, write).isEqualTo("written"));
    }
  }

  @Test
  void shouldCountOnlyTheCatalogRecordsTheBrokerTook(KafkaTestKit kafka) throws Exception {
    AppConfig config = config(KafkaTestKit.uniqueName("setup-seed"));
    Catalog catalog = Catalog.builtIn();
    // a catalog topic that takes no record batch larger than 150 bytes: the catalog's records are larger
    try (Admin admin = Admin.create(KafkaProperties.admin(config, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(config.catalogTopic(), 1, (short) 1)
          .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "150")))).all().get();
      ClusterSetup.createTopics(admin, config);
    }
    int written = CatalogSeeder.seed(config.catalogTopic(), catalog,
        KafkaProperties.consumer(config, kafka.bootstrapServers(), "seed-test-reader"),
        KafkaProperties.producer(config, kafka.bootstrapServers(), "seed-test-writer"));

    int inTopic = CatalogSeeder.readAll(config.catalogTopic(),
        KafkaProperties.consumer(config, kafka.bootstrapServers(), "seed-test-check")).size();
    assertThat(written).isEqualTo(inTopic).isLessThan(CatalogRecords.fromCatalog(catalog).size());
  }

  private static AppConfig config(String id) {
    return ConfigLoader.load(Map.of(
        "APPLICATION_ID", id,
        "INPUT_TOPICS", id + ".logs",
        "ENRICHED_TOPIC", id + ".enriched",
        "RATES_TOPIC", id + ".rates",
        "DLQ_TOPIC", id + ".dlq",
        "ALERTS_TOPIC", id + ".alerts",
        "CATALOG_TOPIC", id + ".codes",
        "TOPIC_PARTITIONS", Integer.toString(PARTITIONS),
        "TOPIC_REPLICATION_FACTOR", "1"), Map.of());
  }
}
