package io.jmsgerrors.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanFloorTest {
  @TempDir Path dir;

  @Test
  void countsLinesWithAndWithoutAFinalNewlineOnAnyThreads() throws Exception {
    assertThat(lines("", 2)).isZero();
    assertThat(lines("one", 1)).isEqualTo(1);
    assertThat(lines("one\n", 2)).isEqualTo(1);
    assertThat(lines("one\ntwo\n\nfour", 3)).isEqualTo(4);
    assertThat(lines("one\ntwo\n\nfour\n", 2)).isEqualTo(4);
  }

  @Test
  void countsLinesAcrossChunks() throws Exception {
    // 9 MB of 100-byte lines: two chunks of 8 MB
    StringBuilder line = new StringBuilder("x".repeat(99)).append('\n');
    int n = 9 * (1 << 20) / 100;
    Path f = dir.resolve("big.log");
    try (var out = Files.newBufferedWriter(f)) {
      for (int i = 0; i < n; i++) {
        out.append(line);
      }
    }
    try (FileChannel ch = FileChannel.open(f)) {
      assertThat(ScanFloor.lines(ch, 2)).isEqualTo(n);
      assertThat(ScanFloor.lines(ch, 1)).isEqualTo(n);
    }
  }

  private long lines(String text, int threads) throws Exception {
    Path f = Files.writeString(dir.resolve("t" + text.hashCode() + ".log"), text, StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(f)) {
      return ScanFloor.lines(ch, threads);
    }
  }
}
