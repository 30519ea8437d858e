package io.jmsgerrors.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor for {@code scan} as a whole process: a JVM that reads the file the way the scan does
 * (8-MB chunks, each thread taking the next) and looks at every byte once, counting newlines, and
 * nothing else. Timed beside {@code scan} and mtail by {@code bench/scan-vs-mtail.sh}, it shows how
 * much of a scan's time any JVM program that reads every byte pays (start-up, reading, a loop's
 * compilation) and how much is the parser's.
 *
 * <p>Usage: {@code ScanFloor FILE [THREADS]} (default 2); prints the number of lines.
 */
public final class ScanFloor {
  private static final int CHUNK = 8 << 20;

  private ScanFloor() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    try (FileChannel ch = FileChannel.open(Path.of(args[0]))) {
      System.out.println(lines(ch, threads) + " lines");
    }
  }

  static long lines(FileChannel ch, int threads) throws IOException, InterruptedException {
    long size = ch.size();
    int chunks = (int) ((size + CHUNK - 1) / CHUNK);
    AtomicInteger next = new AtomicInteger();
    AtomicLong total = new AtomicLong();
    Throwable[] failed = new Throwable[1];
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> {
        byte[] buf = new byte[CHUNK];
        long n = 0;
        try {
          int i;
          while ((i = next.getAndIncrement()) < chunks) {
            long pos = (long) i * CHUNK;
            int len = (int) Math.min(CHUNK, size - pos);
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
            while (bb.hasRemaining() && ch.read(bb, pos + bb.position()) >= 0) {
              // read the whole chunk
            }
            n += newlines(buf, len);
          }
        } catch (IOException e) {
          failed[0] = e;
        }
        total.addAndGet(n);
      });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    if (failed[0] != null) {
      throw new IOException(failed[0]);
    }
    return total.get() + (size > 0 ? 1 : 0) - (size > 0 && endsWithNewline(ch, size) ? 1 : 0);
  }

  static int newlines(byte[] buf, int len) {
    int n = 0;
    for (int k = 0; k < len; k++) {
      if (buf[k] == '\n') {
        n++;
      }
    }
    return n;
  }

  private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    ch.read(last, size - 1);
    return last.get(0) == '\n';
  }
}
