package io.jmsgerrors.serde;

import io.jmsgerrors.topology.EnrichedEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Writes the enriched JSON of {@link EnrichedEventJson} with the bytes of each catalog meaning
 * (code, known, category, message, description, hint, table) encoded once and copied per event,
 * into a reused buffer. Only the per-event fields are escaped here, exactly as Jackson escapes
 * them; a string with a surrogate is left to Jackson. Not thread-safe (one per thread).
 */
final class EnrichedEventWriter {
  private static final int BUCKETS = 1024;
  /** Fragments kept at most; past it they are encoded afresh (codes × tables seen, a few hundred). */
  private static final int MAX_FRAGMENTS = 4096;
  private static final int INITIAL_BYTES = 1024;
  private static final int MAX_KEPT_BYTES = 64 * 1024;
  /** Longer strings (6 bytes per char at worst would overflow the buffer size) are left to Jackson. */
  private static final int MAX_STRING_CHARS = (Integer.MAX_VALUE - 64) / 6;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** Per ASCII character: 0 = as is, -1 = {@code \\u00XX}, else the letter after the backslash. */
  private static final int[] ESCAPES = new int[128];
  private static final byte[] PLATFORM = ascii(",\"platform\":");
  private static final byte[] APPKEY = ascii(",\"appkey\":");
  private static final byte[] TIMESTAMP = ascii(",\"timestamp\":");
  private static final byte[] TOPIC = ascii(",\"origin\":{\"topic\":");
  private static final byte[] PARTITION = ascii(",\"partition\":");
  private static final byte[] OFFSET = ascii(",\"offset\":");
  private static final byte[] EXCERPT = ascii("},\"excerpt\":");
  private static final byte[] NULL = ascii("null");
  private static final byte[] LONG_MIN = ascii(Long.toString(Long.MIN_VALUE));

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  private final Function<EnrichedEvent, byte[]> meaningEncoder;
  private final Fragment[] fragments = new Fragment[BUCKETS];
  private int fragmentCount;
  private byte[] buf = new byte[INITIAL_BYTES];
  private int pos;

  /** The encoded catalog meaning of one event: its JSON from the opening brace through "table". */
  private static final class Fragment {
    final int code;
    final boolean known;
    final String category;
    final String message;
    final String description;
    final String hint;
    final String table;
    final byte[] bytes;
    final Fragment next;

    Fragment(EnrichedEvent e, byte[] bytes, Fragment next) {
      this.code = e.code();
      this.known = e.known();
      this.category = e.category();
      this.message = e.message();
      this.description = e.description();
      this.hint = e.hint();
      this.table = e.table();
      this.bytes = bytes;
      this.next = next;
    }

    boolean matches(EnrichedEvent e) {
      return code == e.code() && known == e.known() && same(table, e.table()) && same(category, e.category())
          && same(message, e.message()) && same(description, e.description()) && same(hint, e.hint());
    }

    private static boolean same(String a, String b) {
      return a == b || a != null && a.equals(b);
    }
  }

  /** @param meaningEncoder the JSON of the meaning fields, from the opening brace through "table" */
  EnrichedEventWriter(Function<EnrichedEvent, byte[]> meaningEncoder) {
    this.meaningEncoder = meaningEncoder;
  }

  /** The event's JSON in a fresh array, or {@code null} when a string holds a surrogate. */
  byte[] encode(EnrichedEvent e) {
    pos = 0;
    write(fragment(e).bytes);
    write(PLATFORM);
    if (!string(e.platform())) {
      return null;
    }
    write(APPKEY);
    if (!string(e.appkey())) {
      return null;
    }
    write(TIMESTAMP);
    number(e.timestamp());
    write(TOPIC);
    if (!string(e.topic())) {
      return null;
    }
    write(PARTITION);
    number(e.partition());
    write(OFFSET);
    number(e.offset());
    write(EXCERPT);
    if (!string(e.excerpt())) {
      return null;
    }
    ensure(1);
    buf[pos++] = '}';
    byte[] out = Arrays.copyOf(buf, pos);
    if (buf.length > MAX_KEPT_BYTES) {
      buf = new byte[INITIAL_BYTES];
    }
    return out;
  }

  private Fragment fragment(EnrichedEvent e) {
    int h = e.code() * 0x9E3779B9;
    int bucket = (h ^ (h >>> 16)) & (BUCKETS - 1);
    for (Fragment f = fragments[bucket]; f != null; f = f.next) {
      if (f.matches(e)) {
        return f;
      }
    }
    if (fragmentCount >= MAX_FRAGMENTS) {
      Arrays.fill(fragments, null);
      fragmentCount = 0;
    }
    Fragment f = new Fragment(e, meaningEncoder.apply(e), fragments[bucket]);
    fragments[bucket] = f;
    fragmentCount++;
    return f;
  }

  /** Writes a JSON string (or null) as Jackson's UTF-8 generator does; false at a surrogate. */
  private boolean string(String s) {
    if (s == null) {
      write(NULL);
      return true;
    }
    int n = s.length();
    if (n > MAX_STRING_CHARS) {
      return false;
    }
    ensure(n * 6 + 2);
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int esc = ESCAPES[c];
        if (esc == 0) {
          b[p++] = (byte) c;
        } else if (esc > 0) {
          b[p++] = '\\';
          b[p++] = (byte) esc;
        } else {
          b[p++] = '\\';
          b[p++] = 'u';
          b[p++] = '0';
          b[p++] = '0';
          b[p++] = HEX[c >> 4];
          b[p++] = HEX[c & 0xF];
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        return false;
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    pos = p;
    return true;
  }

  private void number(long v) {
    if (v == Long.MIN_VALUE) {
      write(LONG_MIN);
      return;
    }
    ensure(20);
    if (v < 0) {
      buf[pos++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    int p = pos + digits;
    pos = p;
    do {
      buf[--p] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    } while (v != 0);
  }

  private void write(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void ensure(int more) {
    if (pos + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
