package io.jmsgerrors.app;

import io.jmsgerrors.parse.LogParser;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A table scan of one file on several threads. The file is cut into chunks of about
 * {@link #CHUNK_BYTES}, only between records ({@link FileRanges}); each thread takes the next chunk
 * not yet taken and scans it with a parser, totals and summary of its own, and at the end they are
 * added up. The table depends on no order, so it is the sequential scan's.
 *
 * <p>The calling thread starts alone; the others join in once it has scanned {@code warmChunks}
 * chunks, when the parser's code has been compiled. Started together, the threads ran interpreted
 * code side by side while the JIT compiler waited for a core, and a 1M-line scan on two cores took
 * longer than on one.
 */
final class ChunkedScan {
  static final long CHUNK_BYTES = 8L << 20;
  static final int WARM_CHUNKS = 4;

  private final FileChannel ch;
  private final long[] starts;
  private final int workers;
  private final Supplier<LogParser> parsers;
  private final int warmChunks;
  private final AtomicInteger next = new AtomicInteger();
  private final LineScanner.Totals[] parts;
  private final ScanSummary[] sums;
  private final Throwable[] failed;

  ChunkedScan(FileChannel ch, long size, int workers, Supplier<LogParser> parsers, int warmChunks) throws IOException {
    this(ch, size, workers, parsers, warmChunks, CHUNK_BYTES);
  }

  ChunkedScan(FileChannel ch, long size, int workers, Supplier<LogParser> parsers, int warmChunks, long chunkBytes)
      throws IOException {
    this.ch = ch;
    this.starts = FileRanges.starts(ch, size, (int) Math.max(workers, Math.min(1 << 16, size / chunkBytes)));
    this.workers = workers;
    this.parsers = parsers;
    this.warmChunks = warmChunks;
    this.parts = new LineScanner.Totals[workers];
    this.sums = new ScanSummary[workers];
    this.failed = new Throwable[workers];
    for (int w = 0; w < workers; w++) {
      parts[w] = new LineScanner.Totals();
      sums[w] = new ScanSummary();
    }
  }

  /** Scans the file and adds what was found to {@code totals} and {@code summary}. */
  void run(LineScanner.Totals totals, ScanSummary summary, ScanProgress progress) throws IOException {
    long bytes0 = totals.bytes;
    long events0 = totals.events;
    Runnable update = () -> {
      // the other threads' counts are read without a lock: a progress line may be a little behind
      long b = bytes0;
      long e = events0;
      for (LineScanner.Totals t : parts) {
        b += t.bytes;
        e += t.events;
      }
      totals.bytes = b;
      totals.events = e;
      progress.update();
    };
    Thread[] helpers = new Thread[workers];
    for (int w = 1; w < workers; w++) {
      int me = w;
      helpers[w] = new Thread(() -> work(me, () -> {}, null), "jmsg-scan-" + w);
      helpers[w].setDaemon(true);
    }
    work(0, update, helpers);
    for (int w = 1; w < workers; w++) {
      if (helpers[w].getState() != Thread.State.NEW) {
        join(helpers[w]);
      }
    }
    totals.bytes = bytes0;
    totals.events = events0;
    for (int w = 0; w < workers; w++) {
      if (failed[w] instanceof IOException e) {
        throw e;
      } else if (failed[w] instanceof RuntimeException e) {
        throw e;
      } else if (failed[w] instanceof Error e) {
        throw e;
      }
      totals.add(parts[w]);
      summary.add(sums[w]);
    }
  }

  /** Scans chunks until none is left; worker 0 starts {@code helpers} after its first chunks. */
  private void work(int me, Runnable progress, Thread[] helpers) {
    try {
      LineScanner scanner = new LineScanner(parsers.get(), parts[me]);
      int done = 0;
      int i;
      while ((i = next.getAndIncrement()) < starts.length) {
        if (helpers != null && done == warmChunks) {
          start(helpers);
        }
        scanner.scan(FileRanges.stream(ch, starts[i], i + 1 < starts.length ? starts[i + 1] : -1), sums[me], progress);
        done++;
      }
    } catch (Throwable t) {
      failed[me] = t;
    }
  }

  /** How many threads scanned at least one chunk (after {@link #run}). */
  int threadsUsed() {
    int n = 0;
    for (LineScanner.Totals t : parts) {
      n += t.bytes > 0 ? 1 : 0;
    }
    return n;
  }

  private static void start(Thread[] helpers) {
    for (int w = 1; w < helpers.length; w++) {
      helpers[w].start();
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    }
  }
}
