package io.jmsgerrors.topology;

/**
 * One open window's counts: the count and the latest event time of each {@code code|appkey}, in
 * open-addressing arrays. A window can hold hundreds of thousands of series; held this way a series
 * costs no object of its own beyond its key, and closing the window walks arrays instead of map
 * entries scattered over the heap.
 */
final class WindowCounts {
  private static final int MIN_CAPACITY = 16;

  private String[] keys;
  private int[] hashes;
  private long[] counts;
  private long[] latest;
  private int size;

  WindowCounts() {
    allocate(MIN_CAPACITY);
  }

  /** Counts one event of {@code key} at {@code ts}; returns the key's slot. */
  int add(String key, long ts) {
    int s = slot(key);
    counts[s]++;
    latest[s] = Math.max(latest[s], ts);
    return s;
  }

  /** Sets {@code key}'s count and latest event time (a window read back from its store). */
  void put(String key, long count, long latestTs) {
    int s = slot(key);
    counts[s] = count;
    latest[s] = latestTs;
  }

  /** The count of {@code key}, 0 when it has none. */
  long count(String key) {
    int s = find(key, key.hashCode());
    return s < 0 ? 0 : counts[s];
  }

  int size() {
    return size;
  }

  /** The number of slots; {@link #keyAt} is null at the empty ones. */
  int capacity() {
    return keys.length;
  }

  String keyAt(int slot) {
    return keys[slot];
  }

  long countAt(int slot) {
    return counts[slot];
  }

  long latestAt(int slot) {
    return latest[slot];
  }

  /** Each held key's hash and slot, {@code hash << 32 | slot}, in slot order. */
  long[] hashesAndSlots() {
    long[] packed = new long[size];
    int n = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != null) {
        packed[n++] = ((long) hashes[s] << 32) | s;
      }
    }
    return packed;
  }

  /** The keys and counts of the slots in {@code packed} ({@link #hashesAndSlots}), in its order. */
  void read(long[] packed, String[] keysOut, long[] countsOut) {
    for (int j = 0; j < packed.length; j++) {
      int s = (int) packed[j];
      keysOut[j] = keys[s];
      countsOut[j] = counts[s];
    }
  }

  /** The slot of {@code key}, added with a count of 0 when it is new. */
  private int slot(String key) {
    int h = key.hashCode();
    int s = find(key, h);
    if (s >= 0) {
      return s;
    }
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
      s = find(key, h);
    }
    int i = ~s;
    keys[i] = key;
    hashes[i] = h;
    counts[i] = 0;
    latest[i] = Long.MIN_VALUE;
    size++;
    return i;
  }

  /** The slot holding {@code key} (whose hash is {@code h}), or {@code ~slot} of the empty slot where it would go. */
  private int find(String key, int h) {
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    for (; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(key)) {
        return i;
      }
    }
    return ~i;
  }

  private void grow() {
    String[] k = keys;
    int[] h = hashes;
    long[] c = counts;
    long[] l = latest;
    allocate(k.length * 2);
    int mask = keys.length - 1;
    for (int j = 0; j < k.length; j++) {
      if (k[j] != null) {
        int i = spread(h[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k[j];
        hashes[i] = h[j];
        counts[i] = c[j];
        latest[i] = l[j];
      }
    }
  }

  private void allocate(int capacity) {
    keys = new String[capacity];
    hashes = new int[capacity];
    counts = new long[capacity];
    latest = new long[capacity];
  }

  /** Mixes a key's hash so that keys differing only in their last characters spread over the table. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
