package io.jmsgerrors.topology;

/**
 * The learned baseline of one (code, appkey) or (code, all appkeys) series: an exponentially
 * weighted mean and variance of its window counts, and whether a spike is in progress.
 * Stored as a short text, {@code mean;variance;active;spikeStart}.
 */
record SpikeState(double mean, double variance, boolean active, long spikeStart) {
  static final SpikeState EMPTY = new SpikeState(0, 0, false, -1);

  static SpikeState decode(String s) {
    if (s == null) {
      return EMPTY;
    }
    String[] f = s.split(";");
    try {
      return new SpikeState(Double.parseDouble(f[0]), Double.parseDouble(f[1]), "1".equals(f[2]), Long.parseLong(f[3]));
    } catch (RuntimeException e) {
      return EMPTY;
    }
  }

  /**
   * The stored text. Doubles are written in full ({@link Double#toString}), which {@link #decode}
   * reads as it reads the six-decimal text earlier versions wrote; {@code String.format} cost more
   * than the rest of a series' evaluation, once per series and closed window.
   */
  String encode() {
    return Double.toString(mean) + ';' + variance + ';' + (active ? '1' : '0') + ';' + spikeStart;
  }

  /**
   * Whether this state must be stored. A state whose own thresholds ({@code ratio} × mean, and the
   * mean plus four standard deviations) are both under half of {@code minCount} is not: while they
   * are under the floor, the floor alone decides, exactly as for a series without a state. The
   * half is a margin for the baseline a series would have learned from its small counts; it is
   * what keeps the series seen once or a few times (most (code, appkey) pairs) out of the store.
   */
  boolean worthKeeping(double ratio, long minCount) {
    double half = minCount / 2.0;
    return active || ratio * mean >= half || mean + 4 * Math.sqrt(variance) >= half;
  }

  /** The count at or above which a window is a spike. */
  double threshold(double ratio, long minCount) {
    return Math.max(minCount, Math.max(ratio * mean, mean + 4 * Math.sqrt(variance)));
  }

  /**
   * This state after one more window of {@code count}. While a spike is on, the mean adapts slowly
   * (a lasting new level ends the spike in time) and the spread not at all (the spike itself must
   * not widen the band that decides when it ends).
   */
  SpikeState learn(long count, double alpha, boolean spiking, long spikeStartIfNew) {
    double a = spiking ? alpha / 4 : alpha;
    double diff = count - mean;
    double newMean = mean + a * diff;
    double newVar = spiking ? variance : (1 - a) * (variance + a * diff * diff);
    long start = spiking ? (active ? spikeStart : spikeStartIfNew) : -1;
    return new SpikeState(newMean, newVar, spiking, start);
  }
}
