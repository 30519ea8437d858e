package io.jmsgerrors.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A deterministic fuzzed corpus: random bytes, invalid UTF-8, records far over the size limit,
 * empty and null values, deeply nested and truncated JSON, NUL and control bytes, several of
 * them wrapped around a real error so the parser must still find it.
 */
final class HostileRecords {
  static final int HUGE_BYTES = 10 * 1024 * 1024;
  private static final String REST = "{\"error\":{\"code\":899003,\"message\":\"parameter invalid\"}}";

  private final Random random;
  private final List<byte[]> out = new ArrayList<>();

  HostileRecords(long seed) {
    this.random = new Random(seed);
  }

  /** The hostile records, in a fixed order; {@code null} entries are null values. */
  List<byte[]> build() {
    for (int i = 0; i < 300; i++) {
      out.add(randomBytes(random.nextInt(2000)));
    }
    for (int i = 0; i < 200; i++) {
      out.add(concat(randomBytes(5), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
          utf8(" code=80301" + (i % 10) + " "), new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}));
    }
    out.add(huge((byte) 'x', REST));
    out.add(randomBytes(HUGE_BYTES));
    out.add(huge((byte) '[', ""));
    out.add(Arrays.copyOf(utf8(REST), Pipeline.MAX_RECORD_BYTES + 1));
    out.add(Arrays.copyOf(utf8(REST + " "), Pipeline.MAX_RECORD_BYTES));
    for (int i = 0; i < 100; i++) {
      out.add(new byte[0]);
      out.add(null);
    }
    out.add(utf8("[".repeat(60_000)));
    out.add(utf8("{\"a\":".repeat(10_000) + REST + "}".repeat(10_000)));
    out.add(utf8("{\"a\":".repeat(12_000) + REST));
    for (int cut = 0; cut <= REST.length(); cut++) {
      out.add(utf8(REST.substring(0, cut)));
      out.add(utf8("{\"error\":{\"code\":899003,\"message\":\"parameter invalid\"" .substring(0, Math.min(cut, 50)) + "\u0000"));
    }
    for (int i = 0; i < 200; i++) {
      out.add(withNulsAndControls("E/JIGUANG-JMessage( 1234): [LoginCallback] login failed ! response code is 801004"));
      out.add(withNulsAndControls("{\"appkey\":\"4f7aef34fb361292c566a1cd\",\"error\":{\"code\":803010,\"message\":\"x\"}}"));
    }
    return out;
  }

  private byte[] withNulsAndControls(String line) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte c : utf8(line)) {
      if (random.nextInt(8) == 0) {
        b.write(random.nextInt(32));
      }
      b.write(c);
    }
    b.write(0);
    return b.toByteArray();
  }

  private static byte[] huge(byte fill, String prefix) {
    byte[] b = new byte[HUGE_BYTES];
    Arrays.fill(b, fill);
    byte[] p = utf8(prefix);
    System.arraycopy(p, 0, b, 0, p.length);
    return b;
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
