package io.jmsgerrors.topology;

/** Names of the topology's state stores; their changelog topics derive from them, so never rename. */
public final class StoreNames {
  /** Global store of the catalog topic. */
  public static final String CATALOG = "catalog-store";
  /** Per task: input records by {@link LineStatus}. */
  public static final String LINE_COUNTS = "line-counts";
  /** Cumulative error counts keyed by {@link CountKey#totalsKey}. */
  public static final String TOTALS = "error-totals";
  /** Per task: observed stream time and the number of records too late for their window. */
  public static final String LATE = "late-records";
  /**
   * Windowed error counts keyed by {@link CountKey#windowKey}, in a store ordered by time first, so
   * that a closed window is read without scanning the others. Until 2026-11-26 they were in
   * {@code window-counts}, ordered by key first, whose changelog this store cannot read.
   */
  public static final String WINDOWS = "window-counts-by-time";

  /** Per (code, appkey) and per code: the learned baseline and whether a spike is on. */
  public static final String SPIKES = "spike-state";

  private StoreNames() {}
}
