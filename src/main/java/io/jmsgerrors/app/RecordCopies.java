package io.jmsgerrors.app;

/**
 * Copies records into arrays of their exact length, as the parser takes them, reusing one array
 * per length up to {@link #CACHED_LENGTHS} so that short records cost no allocation. Not
 * thread-safe: one per parsing thread; a copy is valid until the next one of the same length.
 */
final class RecordCopies {
  private static final int CACHED_LENGTHS = 4096;

  private final byte[][] exact = new byte[CACHED_LENGTHS + 1][];

  byte[] copy(byte[] b, int from, int len) {
    byte[] rec = len <= CACHED_LENGTHS ? exact[len] : new byte[len];
    if (rec == null) {
      rec = exact[len] = new byte[len];
    }
    System.arraycopy(b, from, rec, 0, len);
    return rec;
  }
}
