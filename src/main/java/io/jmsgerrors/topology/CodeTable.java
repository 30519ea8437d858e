package io.jmsgerrors.topology;

import java.util.function.IntFunction;

/**
 * Values made once per error code, found per event without boxing: an open-addressing table keyed
 * by the code, emptied when it would hold more than a bound. Not thread-safe (one per processor).
 */
final class CodeTable<V> {
  private final IntFunction<V> make;
  private final int maxSize;
  private int[] codes;
  private Object[] values;
  private int size;

  CodeTable(IntFunction<V> make, int maxSize) {
    this.make = make;
    this.maxSize = maxSize;
    clear(64);
  }

  /** The code's value, made on first use. */
  @SuppressWarnings("unchecked")
  V get(int code) {
    int mask = codes.length - 1;
    int slot = slot(code, mask);
    Object v;
    while ((v = values[slot]) != null) {
      if (codes[slot] == code) {
        return (V) v;
      }
      slot = (slot + 1) & mask;
    }
    return put(code, make.apply(code));
  }

  int size() {
    return size;
  }

  private V put(int code, V value) {
    if (size >= maxSize) {
      clear(64);
    } else if ((size + 1) * 2 > codes.length) {
      grow();
    }
    insert(code, value);
    size++;
    return value;
  }

  private void insert(int code, Object value) {
    int mask = codes.length - 1;
    int slot = slot(code, mask);
    while (values[slot] != null) {
      slot = (slot + 1) & mask;
    }
    codes[slot] = code;
    values[slot] = value;
  }

  private void grow() {
    int[] oldCodes = codes;
    Object[] oldValues = values;
    codes = new int[oldCodes.length * 2];
    values = new Object[oldCodes.length * 2];
    for (int i = 0; i < oldCodes.length; i++) {
      if (oldValues[i] != null) {
        insert(oldCodes[i], oldValues[i]);
      }
    }
  }

  private void clear(int capacity) {
    codes = new int[capacity];
    values = new Object[capacity];
    size = 0;
  }

  private static int slot(int code, int mask) {
    int h = code * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
