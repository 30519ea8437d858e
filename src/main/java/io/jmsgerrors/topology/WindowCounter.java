package io.jmsgerrors.topology;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Counts events per {@code code|appkey} in event-time tumbling windows, and closes each window
 * once: on the record that moves the task's stream time past a window's end plus grace (the moment
 * {@code suppress(untilWindowCloses)} would emit it), it hands the window to the
 * {@link SpikeDetector} and forwards the window's final count of each (code, appkey) for the rates
 * topic.
 *
 * <p>A record closes the windows before it is counted: counting a record far ahead in time makes
 * the window store drop its older segments. Late records were dropped before this step
 * ({@link LateRecordFilter}), so a closed window no longer changes. The last closed window is kept
 * in the spike-state store, so under exactly-once each window's counts are written once.
 *
 * <p>A window can hold a series for every (code, appkey) pair seen in it, hundreds of thousands
 * with many appkeys, and closing it must not stall the stream thread's other tasks. So:
 * <ul>
 *   <li>the counts of the windows not closed yet are kept in memory ({@link OpenWindows}) as well
 *       as in the window store (which is what survives a restart: a task reads its open windows
 *       back when it starts), so counting a record reads no store and closing a window reads
 *       nothing back;</li>
 *   <li>the spike detector gets the per-code totals and the few series that can matter, at once;</li>
 *   <li>the rates of the windows a record closes are written on wall-clock time, spread over
 *       {@link WindowDrain#spread} (half the window, at most 30 s) and at least
 *       {@link WindowDrain#MIN_PER_PERIOD} every {@link WindowDrain#PERIOD} (no more than that are
 *       written at once); how many are written is kept in the spike-state store
 *       ({@link #DRAINING}), and a restarted task reads those windows again and goes on from there.
 *       Windows still being written when the next one closes (unless it is empty), and windows
 *       more than {@value #MAX_SPREAD_WINDOWS} behind the latest (a jump in stream time), are
 *       written at once.</li>
 * </ul>
 */
final class WindowCounter implements Processor<String, String, byte[], ClosedWindowOutput> {
  static final String LAST_WINDOW = "__last-window";
  /**
   * {@code windowStart:written:h} while closed windows' counts are being written: the window being
   * written (the later ones up to {@link #LAST_WINDOW} come after it), how many of its counts are
   * written, and that they are in {@link WindowDrain#ORDER}.
   */
  static final String DRAINING = "__draining";
  /** How {@link #DRAINING} says its count is in {@link WindowDrain#ORDER} (without it: key order, as before). */
  private static final String HASH_ORDER = ":h";
  /** How many windows the window store keeps behind stream time (the web API's history). */
  static final int RETAINED_WINDOWS = 120;
  /** Past this many windows closed at once (a jump in stream time), only the latest are spread (the others written at once). */
  private static final int MAX_SPREAD_WINDOWS = 10;
  /** Past this many windows closed at once (a jump in stream time), only the latest are spike-evaluated. */
  private static final int MAX_SPIKE_WINDOWS = 60;

  private final SpikeConfig spikes;
  private final long sizeMs;
  private final long graceMs;
  private final long spreadMs;
  private final Catalog catalog;
  private final OpenWindows open = new OpenWindows();
  private ProcessorContext<byte[], ClosedWindowOutput> context;
  private TimestampedWindowStore<String, Long> windows;
  private KeyValueStore<String, String> state;
  private SpikeDetector detector;
  /** The stream time at which the next window closes. */
  private long closeAt;
  /** The closed windows whose counts are being written, or null. */
  private WindowDrain draining;

  WindowCounter(SpikeConfig spikes, Duration size, Duration grace, Catalog catalog) {
    this.spikes = spikes;
    this.sizeMs = size.toMillis();
    this.graceMs = grace.toMillis();
    this.spreadMs = WindowDrain.spread(size).toMillis();
    this.catalog = catalog;
  }

  @Override
  public void init(ProcessorContext<byte[], ClosedWindowOutput> context) {
    this.context = context;
    this.windows = context.getStateStore(StoreNames.WINDOWS);
    this.state = context.getStateStore(StoreNames.SPIKES);
    this.detector = new SpikeDetector(spikes, sizeMs, catalog, state);
    String saved = state.get(LAST_WINDOW);
    closeAt = saved == null ? Long.MIN_VALUE : Long.parseLong(saved) + 2 * sizeMs + graceMs;
    open.load(windows, saved == null ? 0 : Long.parseLong(saved) + sizeMs);
    draining = null;
    String progress = state.get(DRAINING);
    if (progress != null) {
      // the windows from the one being written to the last closed: a task stopped by an earlier
      // version was writing one window, in key order
      String[] p = progress.split(":");
      long first = Long.parseLong(p[0]);
      boolean hashOrder = progress.endsWith(HASH_ORDER);
      draining = new WindowDrain(hashOrder, context.currentSystemTimeMs() + spreadMs);
      if (saved != null) {
        OpenWindows.read(windows, first, Long.parseLong(saved))
            .forEach((w, series) -> draining.add(new WindowDrain.Window(w, sizeMs, series, hashOrder)));
      }
      if (draining.current() != null && draining.current().start == first) {
        draining.skip(Integer.parseInt(p[1]));
      }
      draining.saved = true;
    }
    context.schedule(WindowDrain.PERIOD, PunctuationType.WALL_CLOCK_TIME,
        now -> drain(draining == null ? 0 : WindowDrain.perPeriod(draining.remaining(), now, draining.deadline)));
  }

  @Override
  public void process(Record<String, String> record) {
    long streamTime = context.currentStreamTimeMs();
    if (streamTime >= closeAt) {
      closeWindows(streamTime);
    }
    long ts = record.timestamp();
    long windowStart = ts - Math.floorMod(ts, sizeMs);
    WindowCounts series = open.window(windowStart);
    int slot = series.add(record.key(), ts);
    windows.put(record.key(), ValueAndTimestamp.make(series.countAt(slot), series.latestAt(slot)), windowStart);
  }

  @Override
  public void close() {
    open.clear();
    draining = null;
  }

  /**
   * Closes every window whose end plus grace is at or before {@code streamTime} and was not closed
   * yet: all of them for the rates topic, the latest {@value #MAX_SPIKE_WINDOWS} of them for
   * spikes (an empty window too: a series that goes silent counts 0 and ends its spike). The
   * latest {@value #MAX_SPREAD_WINDOWS} are written over the next {@link WindowDrain#spread}
   * unless they are small; windows still being written, and older ones, are written at once,
   * unless every window closing now is empty: the first record after a gap closes the windows
   * before the gap late, and the empty window of the gap itself closes soon after, with nothing
   * to write.
   */
  private void closeWindows(long streamTime) {
    long latest = Math.floorDiv(streamTime - graceMs - sizeMs, sizeMs) * sizeMs;
    String saved = state.get(LAST_WINDOW);
    long next = saved == null ? latest : Long.parseLong(saved) + sizeMs;
    long firstEvaluated = latest - (MAX_SPIKE_WINDOWS - 1) * sizeMs;
    long firstSpread = latest - (MAX_SPREAD_WINDOWS - 1) * sizeMs;
    if (next <= latest && open.holdsAny(next, latest)) {
      drain(Integer.MAX_VALUE);
    }
    WindowDrain closing = new WindowDrain(true, context.currentSystemTimeMs() + spreadMs);
    for (long w = next; w <= latest; w += sizeMs) {
      WindowCounts series = open.remove(w);
      if (w >= firstEvaluated) {
        evaluate(w, series);
      }
      if (series.size() > 0) {
        WindowDrain.Window window = new WindowDrain.Window(w, sizeMs, series, true);
        if (w >= firstSpread) {
          closing.add(window);
        } else {
          for (int i = 0; i < window.keys.length; i++) {
            forward(window, i);
          }
        }
      }
    }
    if (closing.remaining() > 0) {
      draining = closing;
      if (closing.remaining() <= WindowDrain.MIN_PER_PERIOD) {
        drain(Integer.MAX_VALUE);
      } else {
        // stored before anything is written: a task that stops now must still write these windows
        saveProgress(closing);
      }
    }
    // earlier windows cannot hold counts (late records are dropped before this step); never keep them
    open.removeThrough(latest);
    if (next <= latest) {
      state.put(LAST_WINDOW, Long.toString(latest));
    }
    closeAt = Math.max(next, latest + sizeMs) + sizeMs + graceMs;
  }

  /**
   * Hands a closed window to the spike detector: every code's total over its appkeys and the
   * (code, appkey) series that can matter, and a look-up for the series with a stored baseline.
   */
  private void evaluate(long windowStart, WindowCounts series) {
    long min = detector.minMattering();
    Map<String, Long> candidates = new HashMap<>();
    Map<String, long[]> byCode = new HashMap<>();
    for (int s = 0; s < series.capacity(); s++) {
      String key = series.keyAt(s);
      if (key != null) {
        long c = series.countAt(s);
        if (c >= min) {
          candidates.put(key, c);
        }
        byCode.computeIfAbsent(CountKey.codeText(key), k -> new long[1])[0] += c;
      }
    }
    String allSuffix = CountKey.SEP + SpikeDetector.ALL_APPKEYS;
    byCode.forEach((code, n) -> {
      if (n[0] >= min) {
        candidates.put(code + allSuffix, n[0]);
      }
    });
    detector.evaluate(windowStart, candidates, key -> {
      if (!key.endsWith(allSuffix)) {
        return series.count(key);
      }
      long[] c = byCode.get(CountKey.codeText(key));
      return c == null ? 0 : c[0];
    }, a -> context.forward(a.withValue(ClosedWindowOutput.alert(a.value()))));
  }

  /** Writes up to {@code n} more counts of the windows being written, and records how far it got. */
  private void drain(int n) {
    WindowDrain d = draining;
    if (d == null || n <= 0) {
      return;
    }
    for (int i = 0; i < n && d.current() != null; i++) {
      forward(d.current(), d.written);
      d.advance();
    }
    if (d.remaining() == 0) {
      draining = null;
      if (d.saved) {
        state.delete(DRAINING);
      }
    } else {
      saveProgress(d);
    }
  }

  private void forward(WindowDrain.Window w, int i) {
    context.forward(new Record<>(w.keys[i].concat(w.keySuffix).getBytes(StandardCharsets.UTF_8),
        ClosedWindowOutput.rate(w.json.encode(w.keys[i], w.counts[i])), w.end));
  }

  private void saveProgress(WindowDrain d) {
    state.put(DRAINING, d.current().start + ":" + d.written + (d.hashOrder ? HASH_ORDER : ""));
    d.saved = true;
  }
}
