package io.jmsgerrors.topology;

/** What readers outside the topology may know of the spike-state store's values. */
public final class SpikeStates {
  /** The appkey part of the key of a whole code's series. */
  public static final String ALL_APPKEYS = SpikeDetector.ALL_APPKEYS;

  private SpikeStates() {}

  /** Whether a stored value says a spike is in progress. */
  public static boolean isActive(String storedValue) {
    return storedValue != null && SpikeState.decode(storedValue).active();
  }
}
