package io.jmsgerrors.app;

import io.jmsgerrors.parse.ErrorEvent;
import io.jmsgerrors.parse.ErrorEventSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Parses records on several threads while the reading thread goes on splitting lines: records are
 * copied into batches, each batch is parsed by one worker with a parser of its own, and the events
 * are handed on from the reading thread in input order, so the output is the same as a sequential
 * scan's, line numbers included.
 */
final class ParallelRecords implements AutoCloseable {
  /** Bytes of records per batch: large enough to amortise the hand-over, small enough to keep all cores busy. */
  static final int BATCH_BYTES = 1 << 20;
  private static final int BATCH_RECORDS = 8192;

  private final ExecutorService pool;
  private final ThreadLocal<Worker> workers;
  private final int maxInFlight;
  private final int batchBytes;
  private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
  private Batch filling;

  ParallelRecords(Supplier<LineScanner.RecordParser> parsers, int threads, int batchBytes) {
    this.batchBytes = batchBytes;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jmsg-scan");
      t.setDaemon(true);
      return t;
    });
    this.workers = ThreadLocal.withInitial(() -> new Worker(parsers.get()));
    this.maxInFlight = threads * 2;
    this.filling = new Batch(batchBytes);
  }

  /** Queues one record; events of earlier batches may be handed to {@code sink} meanwhile. */
  void add(byte[] b, int from, int len, long line, LineScanner.EventSink sink, LineScanner.Totals totals) {
    if (!filling.fits(len)) {
      submit(sink, totals);
    }
    filling.add(b, from, len, line);
  }

  /** Parses what is queued and hands on every event still pending. */
  void drain(LineScanner.EventSink sink, LineScanner.Totals totals) {
    if (filling.count > 0) {
      submit(sink, totals);
    }
    while (!inFlight.isEmpty()) {
      emit(await(inFlight.poll()), sink, totals);
    }
  }

  private void submit(LineScanner.EventSink sink, LineScanner.Totals totals) {
    Batch batch = filling;
    filling = new Batch(batchBytes);
    inFlight.add(pool.submit(() -> workers.get().parse(batch)));
    while (!inFlight.isEmpty() && (inFlight.peek().isDone() || inFlight.size() > maxInFlight)) {
      emit(await(inFlight.poll()), sink, totals);
    }
  }

  private static void emit(Batch done, LineScanner.EventSink sink, LineScanner.Totals totals) {
    for (int i = 0; i < done.events.size(); i++) {
      sink.accept(done.eventLines.get(i), done.events.get(i));
    }
    totals.events += done.events.size();
    totals.linesWithErrors += done.recordsWithErrors;
    totals.parserFailures += done.failures;
  }

  private static Batch await(Future<Batch> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scan worker failed", e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** Records laid end to end, with their line numbers; after parsing, their events. */
  private static final class Batch {
    private byte[] data;
    private final int[] ends = new int[BATCH_RECORDS];
    private final long[] lines = new long[BATCH_RECORDS];
    private int count;
    private int used;
    final List<ErrorEvent> events = new ArrayList<>();
    final List<Long> eventLines = new ArrayList<>();
    long recordsWithErrors;
    long failures;

    Batch(int bytes) {
      data = new byte[bytes];
    }

    boolean fits(int len) {
      return count == 0 || (count < BATCH_RECORDS && used + len <= data.length);
    }

    void add(byte[] b, int from, int len, long line) {
      if (used + len > data.length) {
        data = new byte[len];
      }
      System.arraycopy(b, from, data, used, len);
      used += len;
      ends[count] = used;
      lines[count] = line;
      count++;
    }
  }

  /** One worker thread's parser, which parses each record where it lies in the batch. */
  private static final class Worker implements ErrorEventSink {
    private final LineScanner.RecordParser parser;
    private Batch batch;
    private long line;
    private int found;

    Worker(LineScanner.RecordParser parser) {
      this.parser = parser;
    }

    Batch parse(Batch b) {
      batch = b;
      int start = 0;
      for (int i = 0; i < b.count; i++) {
        int len = b.ends[i] - start;
        int off = start;
        start = b.ends[i];
        line = b.lines[i];
        found = 0;
        try {
          parser.parse(b.data, off, len, this);
        } catch (RuntimeException e) {
          b.failures++;
        }
        if (found > 0) {
          b.recordsWithErrors++;
        }
      }
      b.data = null;
      batch = null;
      return b;
    }

    @Override
    public void accept(ErrorEvent event) {
      found++;
      batch.events.add(event);
      batch.eventLines.add(line);
    }
  }
}
