package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LineScannerProperties {
  @Property(tries = 300)
  void shouldCountEveryLineOfAnyInputReadInAnyChunks(@ForAll @Size(max = 3000) byte[] data, @ForAll @IntRange(min = 1, max = 700) int chunk)
      throws IOException {
    LineScanner.Totals totals = new LineScanner.Totals();
    long[] bytesParsed = {0};
    LineScanner scanner = new LineScanner((rec, sink) -> {
      bytesParsed[0] += rec.length;
      return 0;
    }, totals);
    InputStream in = new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
    scanner.scan(in, (line, e) -> {}, () -> {});
    long newlines = 0;
    for (byte b : data) {
      newlines += b == '\n' ? 1 : 0;
    }
    boolean partialLast = data.length > 0 && data[data.length - 1] != '\n';
    assertThat(totals.lines).isEqualTo(newlines + (partialLast ? 1 : 0));
    assertThat(totals.bytes).isEqualTo(data.length);
    assertThat(bytesParsed[0]).isLessThanOrEqualTo(data.length);
  }
}
