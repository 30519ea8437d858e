package io.jmsgerrors.topology;

/**
 * When a closed window counts as a spike: at least {@code ratio} times the learned baseline and at
 * least {@code minCount} errors, after the detector has watched {@code warmupWindows} windows.
 */
public record SpikeConfig(double ratio, long minCount, double alpha, int warmupWindows) {
  public static final SpikeConfig DEFAULTS = new SpikeConfig(3.0, 20, 0.3, 5);

  public SpikeConfig {
    if (ratio <= 1 || minCount < 1 || alpha <= 0 || alpha > 1 || warmupWindows < 0) {
      throw new IllegalArgumentException("invalid spike settings");
    }
  }
}
