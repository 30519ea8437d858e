package io.jmsgerrors.app;

import io.jmsgerrors.config.AppConfig;
import io.jmsgerrors.config.ConfigLoader;
import io.jmsgerrors.config.Setting;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code run} command: the stream processor, on a configured cluster or the embedded broker. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Runs the stream processor: parse, enrich and count JMessage errors from the input topics.",
      "Without KAFKA_BOOTSTRAP_SERVERS it starts an embedded in-process Kafka broker.",
      "Every setting is an environment variable (see README); the flags below override them."})
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--demo", description = "Also feed a continuous, realistic sample log stream (with spikes) into the input topic.")
  boolean demo;

  @Option(names = "--demo-rate", defaultValue = "200", paramLabel = "LINES_PER_S",
      description = "Lines per second the demo feeds (default: ${DEFAULT-VALUE}).")
  int demoRate;

  @Option(names = "--demo-spike-every", defaultValue = "3m", paramLabel = "DURATION",
      description = "How often a demo spike starts (default: ${DEFAULT-VALUE}).")
  String demoSpikeEvery;

  /** Adds one flag per {@link Setting}: {@code --http-port} for HTTP_PORT, and so on. */
  static void addSettingFlags(CommandSpec run) {
    for (Setting s : Setting.values()) {
      run.addOption(OptionSpec.builder(flag(s))
          .paramLabel(s.env())
          .type(String.class)
          .description(s.doc() + " [env " + s.env() + (s.defaultValue().isEmpty() ? "" : ", default " + s.defaultValue()) + "]")
          .build());
    }
  }

  static String flag(Setting s) {
    return "--" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public Integer call() {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      OptionSpec o = spec.findOption(flag(s));
      if (o != null && o.getValue() != null) {
        flags.put(s, o.getValue());
      }
    }
    AppConfig config;
    Duration spikeEvery;
    try {
      config = ConfigLoader.fromEnvironment(flags);
      spikeEvery = io.jmsgerrors.config.Durations.parse(demoSpikeEvery);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("jmsg-errors: configuration error: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    Logging.setLevel(config.logLevel());
    Runner.DemoOptions demoOptions = new Runner.DemoOptions(demo, Math.max(1, demoRate), spikeEvery,
        spikeEvery.dividedBy(3));
    return new Runner(config, demoOptions, spec.commandLine().getOut()).run();
  }
}
