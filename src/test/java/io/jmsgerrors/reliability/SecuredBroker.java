package io.jmsgerrors.reliability;

import io.jmsgerrors.embedded.EmbeddedKafkaBroker;
import io.jmsgerrors.embedded.EmbeddedKafkaConfig;
import io.jmsgerrors.testkit.ServiceHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An embedded broker with a second listener, SASL_SSL with SCRAM-SHA-512 and a self-signed
 * certificate made by {@code keytool}; the controller and the PLAINTEXT listener stay on loopback.
 */
final class SecuredBroker implements AutoCloseable {
  static final String HOST = "127.0.0.1";
  static final String STORE_PASSWORD = "store-Pw-3d8f1a6b2c";

  final EmbeddedKafkaBroker broker;
  final Path truststore;
  final int saslPort;

  private SecuredBroker(EmbeddedKafkaBroker broker, Path truststore, int saslPort) {
    this.broker = broker;
    this.truststore = truststore;
    this.saslPort = saslPort;
  }

  static SecuredBroker start(Path dir) throws IOException, InterruptedException {
    Path keystore = dir.resolve("broker.p12");
    Path cert = dir.resolve("broker.crt");
    Path truststore = dir.resolve("truststore.p12");
    keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=ip:" + HOST + ",dns:localhost", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
    keytool("-exportcert", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
        "-rfc", "-file", cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(), "-storetype", "PKCS12",
        "-keystore", truststore.toString(), "-storepass", STORE_PASSWORD);

    int plain = ServiceHttp.freePort();
    int controller = ServiceHttp.freePort();
    int sasl = ServiceHttp.freePort();
    String l = "listener.name.sasl_ssl.";
    Map<String, String> overrides = Map.ofEntries(
        Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + plain + ",CONTROLLER://" + HOST + ":" + controller
            + ",SASL_SSL://" + HOST + ":" + sasl),
        Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + plain + ",SASL_SSL://" + HOST + ":" + sasl),
        Map.entry("controller.quorum.voters", "1@" + HOST + ":" + controller),
        Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL"),
        Map.entry("sasl.enabled.mechanisms", "SCRAM-SHA-512"),
        Map.entry(l + "scram-sha-512.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
        Map.entry(l + "ssl.keystore.type", "PKCS12"),
        Map.entry(l + "ssl.keystore.location", keystore.toString()),
        Map.entry(l + "ssl.keystore.password", STORE_PASSWORD),
        Map.entry(l + "ssl.key.password", STORE_PASSWORD));
    Path data = Files.createDirectories(dir.resolve("kafka"));
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(new EmbeddedKafkaConfig(data, plain, HOST, overrides));
    return new SecuredBroker(broker, truststore, sasl);
  }

  String plaintextBootstrap() {
    return broker.bootstrapServers();
  }

  String saslBootstrap() {
    return HOST + ":" + saslPort;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
    }
  }

  @Override
  public void close() {
    broker.close();
  }
}
