package io.jmsgerrors.catalog.build;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the HTML table of the seed page {@code seed/im_errorcode_server.md}: server codes, current. */
public final class SeedTable {
  public static final String FILE = "seed/im_errorcode_server.md";

  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private SeedTable() {}

  public static List<SourceRow> parse(String html) {
    List<SourceRow> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(text(cell.group(1)));
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (cells.size() != 3) {
        throw new IllegalArgumentException("seed row with " + cells.size() + " cells: " + cells);
      }
      rows.add(new SourceRow(Integer.parseInt(cells.get(0)), Platform.SERVER, Source.CURRENT,
          cells.get(1), cells.get(2), FILE));
    }
    return rows;
  }

  /** The text of a cell: tags (such as a stray {@code </a>}) removed, entities decoded, trimmed. */
  static String text(String cellHtml) {
    return TAG.matcher(cellHtml).replaceAll("")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&")
        .strip();
  }
}
