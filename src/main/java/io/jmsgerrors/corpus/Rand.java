package io.jmsgerrors.corpus;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded source of the random choices the corpus generator makes. */
final class Rand {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] ALNUM =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final SplittableRandom random;

  Rand(long seed) {
    this.random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A number between {@code from} and {@code to}, both included. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  long between(long from, long to) {
    return from + random.nextLong(to - from + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  double nextDouble() {
    return random.nextDouble();
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  String hex(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = HEX[random.nextInt(16)];
    }
    return new String(c);
  }

  /** Lowercase hex that starts with a letter, so it never opens with a code-like digit run. */
  String hexKey(int n) {
    return (char) ('a' + random.nextInt(6)) + hex(n - 1);
  }

  String alnum(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = ALNUM[random.nextInt(ALNUM.length)];
    }
    return new String(c);
  }

  /** A decimal number of exactly {@code n} digits. */
  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  /** One or two spaces, or none, for spacing variety around separators. */
  String sp() {
    int r = random.nextInt(10);
    return r < 6 ? "" : r < 9 ? " " : "  ";
  }

  /** The key in one of the casings people use: as given, camelCase, snake_case, UPPER. */
  String casing(String lowerWords) {
    String[] w = lowerWords.split(" ");
    switch (random.nextInt(5)) {
      case 0:
        return String.join("_", w);
      case 1:
        return String.join("_", w).toUpperCase(java.util.Locale.ROOT);
      case 2:
        return String.join("", w);
      default:
        StringBuilder sb = new StringBuilder(w[0]);
        for (int i = 1; i < w.length; i++) {
          sb.append(Character.toUpperCase(w[i].charAt(0))).append(w[i].substring(1));
        }
        return sb.toString();
    }
  }
}
