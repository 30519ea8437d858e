package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;

/**
 * The numbers that can be JMessage codes: six digits from 760000 to 899999 and seven digits from
 * 7100000 to 7199999, with a bit set of the ones the catalog knows, for lookups without boxing, and
 * the catalog itself for their meanings.
 */
final class CodeSpace {
  static final int SIX_LO = 760_000;
  static final int SIX_HI = 899_999;
  static final int SEVEN_LO = 7_100_000;
  static final int SEVEN_HI = 7_199_999;
  private static final int SIX_SPAN = SIX_HI - SIX_LO + 1;

  private final long[] known = new long[(SIX_SPAN + (SEVEN_HI - SEVEN_LO + 1) + 63) >>> 6];
  private final Catalog catalog;

  CodeSpace(Catalog catalog) {
    for (CatalogEntry e : catalog.entries()) {
      int i = index(e.code());
      if (i >= 0) {
        known[i >>> 6] |= 1L << i;
      }
    }
    this.catalog = catalog;
  }

  /** What {@link Catalog#lookup} answers for a code on {@code platform}, or {@code null}; allocates nothing. */
  CatalogEntry meaning(int code, Platform platform) {
    return catalog.find(code, platform);
  }

  /** Whether a digit run of {@code digits} digits with this value is shaped like a JMessage code. */
  static boolean inRange(int value, int digits) {
    return digits == 6 ? value >= SIX_LO && value <= SIX_HI
        : digits == 7 && value >= SEVEN_LO && value <= SEVEN_HI;
  }

  boolean known(int code) {
    int i = index(code);
    return i >= 0 && (known[i >>> 6] & (1L << i)) != 0;
  }

  private static int index(int code) {
    if (code >= SIX_LO && code <= SIX_HI) {
      return code - SIX_LO;
    }
    if (code >= SEVEN_LO && code <= SEVEN_HI) {
      return SIX_SPAN + code - SEVEN_LO;
    }
    return -1;
  }
}
