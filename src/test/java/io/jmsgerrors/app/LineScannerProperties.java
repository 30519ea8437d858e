package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LineScannerProperties {
  @Property(tries = 300)
  void shouldCountEveryLineOfAnyInputReadInAnyChunks(@ForAll @Size(max = 3000) byte[] data, @ForAll @IntRange(min = 1, max = 700) int chunk)
      throws IOException {
    LineScanner.Totals totals = new LineScanner.Totals();
    long[] bytesParsed = {0};
    LineScanner scanner = new LineScanner((b, off, len, sink) -> {
      bytesParsed[0] += len;
      return 0;
    }, totals);
    scanner.scan(chunked(data, chunk), (line, e) -> {}, () -> {});
    long newlines = 0;
    for (byte b : data) {
      newlines += b == '\n' ? 1 : 0;
    }
    boolean partialLast = data.length > 0 && data[data.length - 1] != '\n';
    assertThat(totals.lines).isEqualTo(newlines + (partialLast ? 1 : 0));
    assertThat(totals.bytes).isEqualTo(data.length);
    assertThat(bytesParsed[0]).isLessThanOrEqualTo(data.length);
  }

  @Property(tries = 500)
  void shouldHandTheParserExactlyEachLineWithoutItsLineEnd(@ForAll("lineBytes") byte[] data, @ForAll @IntRange(min = 1, max = 700) int chunk)
      throws IOException {
    List<byte[]> parsed = new ArrayList<>();
    LineScanner scanner = new LineScanner((b, off, len, sink) -> {
      parsed.add(Arrays.copyOfRange(b, off, off + len));
      return 0;
    }, new LineScanner.Totals());
    scanner.scan(chunked(data, chunk), (line, e) -> {}, () -> {});
    assertThat(parsed).containsExactlyElementsOf(lines(data));
  }

  /** Bytes without '{' or '[' (so no line is joined to the next), rich in newlines and carriage returns. */
  @Provide
  Arbitrary<byte[]> lineBytes() {
    return Arbitraries.oneOf(Arbitraries.of((byte) '\n', (byte) '\r', (byte) 'a', (byte) 0x8A, (byte) 0x0B),
            Arbitraries.bytes().filter(b -> b != '{' && b != '['))
        .array(byte[].class).ofMaxSize(3000);
  }

  /** The non-empty lines of {@code data}, each without its '\n' and one '\r' before it. */
  private static List<byte[]> lines(byte[] data) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= data.length; i++) {
      if (i == data.length || data[i] == '\n') {
        int end = i > start && data[i - 1] == '\r' ? i - 1 : i;
        if (end > start) {
          out.add(Arrays.copyOfRange(data, start, end));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static InputStream chunked(byte[] data, int chunk) {
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
