package io.jmsgerrors.metrics;

import java.util.Map;

/** Read access to the counts the topology keeps in its exactly-once state stores. */
public interface StateSource {
  /** Cumulative error counts by {@code code|appkey|platform}, summed over the local tasks. */
  Map<String, Long> totals();

  /**
   * Visits every cumulative error count ({@code code|appkey|platform}, n) of the local tasks
   * without collecting them into a map, so a scrape holds one key at a time however many the
   * stores keep. A key kept by two tasks is visited twice. Throws (an unchecked exception) when
   * the stores cannot be read now.
   */
  default void forEachTotal(java.util.function.ObjLongConsumer<String> each) {
    totals().forEach(each::accept);
  }

  /** {@link #forEachTotal} for the keys of one code only; a store answers it with a key range. */
  default void forEachTotalOf(int code, java.util.function.ObjLongConsumer<String> each) {
    forEachTotal(io.jmsgerrors.topology.CountKey.ofCode(code, each));
  }

  /** Input records by status id, summed over the local tasks. */
  Map<String, Long> lineCounts();

  /** Records dropped as too late for their window, summed over the local tasks. */
  long lateRecords();

  /** Error counts by {@code code|appkey} in the window that starts at {@code windowStart}. */
  Map<String, Long> windowCounts(long windowStart);

  /** The series with a spike in progress, as {@code code|appkey} ({@code code|all} for a whole code). */
  java.util.Set<String> activeSpikes();

  /** Whether the stream processor is running (and so the counts are being kept up to date). */
  boolean ready();
}
