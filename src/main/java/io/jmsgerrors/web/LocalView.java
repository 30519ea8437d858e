package io.jmsgerrors.web;

import io.jmsgerrors.topology.CountKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/** What this instance's own state stores hold, as the API needs it. */
public interface LocalView {
  /** One window's count of one {@code code|appkey} series. */
  record WindowCount(int code, String appkey, long windowStart, long count) {}

  /** The counts of the windows starting from {@code fromStart} to {@code toStart}, both included. */
  List<WindowCount> windows(long fromStart, long toStart);

  /** Cumulative counts by {@code code|appkey|platform}. */
  Map<String, Long> totals();

  /** Visits the cumulative counts ({@code code|appkey|platform}, n) without collecting them. */
  default void forEachTotal(ObjLongConsumer<String> each) {
    totals().forEach(each::accept);
  }

  /** Visits the cumulative counts of one code (a store answers with a key range, not a full scan). */
  default void forEachTotalOf(int code, ObjLongConsumer<String> each) {
    forEachTotal(CountKey.ofCode(code, each));
  }

  /** Series with a spike in progress, as {@code code|appkey} or {@code code|all}. */
  Set<String> activeSpikes();

  /** Input records by status id. */
  Map<String, Long> lineCounts();

  long lateRecords();

  /** Records the stream threads' consumers have yet to read, over their assigned partitions. */
  long consumerLag();

  boolean ready();
}
