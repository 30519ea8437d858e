package io.jmsgerrors.catalog.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the shared tables for the tests, independently of the generator's own readers. */
final class SharedTables {
  private static final Path SHARED = SharedDir.locate();

  private SharedTables() {}

  /** The seed's data rows as {code, message, description}: every {@code <td>}, in threes. */
  static List<String[]> seedRows() {
    Matcher td = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(read("seed/im_errorcode_server.md"));
    List<String> cells = new ArrayList<>();
    while (td.find()) {
      cells.add(td.group(1).replaceAll("</?a[^>]*>", "").strip());
    }
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i + 2 < cells.size(); i += 3) {
      rows.add(new String[] {cells.get(i), cells.get(i + 1), cells.get(i + 2)});
    }
    return rows;
  }

  /** The data rows of a tab-separated table under catalog-sources/, fields trimmed. */
  static List<String[]> tsvRows(String name) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = read("catalog-sources/" + name).split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        String[] f = lines[i].split("\t", -1);
        for (int c = 0; c < f.length; c++) {
          f[c] = f[c].strip();
        }
        rows.add(f);
      }
    }
    return rows;
  }

  private static String read(String relative) {
    try {
      return Files.readString(SHARED.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
