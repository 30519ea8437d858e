package io.jmsgerrors.app;

import java.io.PrintWriter;
import java.util.Locale;

/** Shows how far a long scan has got, on one rewritten line of stderr, only when a person is watching. */
final class ScanProgress {
  private static final long MIN_SIZE = 64L << 20;
  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final LineScanner.Totals totals;
  private final boolean enabled;
  private String name;
  private long size;
  private long startBytes;
  private long last;
  private boolean shown;

  ScanProgress(PrintWriter err, LineScanner.Totals totals, boolean terminal) {
    this.err = err;
    this.totals = totals;
    this.enabled = terminal;
  }

  /** Starts a file; {@code size} is -1 when unknown (stdin). */
  void start(String name, long size) {
    this.name = name;
    this.size = size;
    this.startBytes = totals.bytes;
    this.last = System.nanoTime();
  }

  void update() {
    if (!enabled || (size >= 0 && size < MIN_SIZE)) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    long read = totals.bytes - startBytes;
    String pct = size > 0 ? String.format(Locale.ROOT, " %3d%%", read * 100 / size) : "";
    err.print(String.format(Locale.ROOT, "\rscanning %s:%s %,d MB, %,d events", name, pct, read >> 20, totals.events));
    err.flush();
    shown = true;
  }

  void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(79) + "\r");
      err.flush();
      shown = false;
    }
  }
}
