package io.jmsgerrors.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated corpus to a log file, one record after the other (multi-line records keep
 * their lines): {@code java -cp target/jmsg-errors.jar io.jmsgerrors.corpus.CorpusWriter LINES SEED FILE}.
 */
public final class CorpusWriter {
  private CorpusWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CorpusWriter LINES SEED FILE");
      System.exit(2);
    }
    long lines = write(Long.parseLong(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
    System.err.println("wrote " + lines + " lines to " + args[2]);
  }

  /** Writes records until at least {@code lines} lines are written; returns the number of lines. */
  public static long write(long lines, long seed, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(lines, new CorpusGenerator(seed), out);
    }
  }

  public static long write(long lines, CorpusGenerator generator, Writer out) throws IOException {
    long written = 0;
    while (written < lines) {
      String text = generator.next().text();
      out.write(text);
      out.write('\n');
      written += 1 + text.chars().filter(c -> c == '\n').count();
    }
    return written;
  }
}
