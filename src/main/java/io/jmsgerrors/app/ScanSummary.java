package io.jmsgerrors.app;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.parse.ErrorEvent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Counts events by code and meaning, and prints them as a table, the most frequent first. */
final class ScanSummary implements LineScanner.EventSink {
  private static final int MESSAGE_COLS = 40;
  private static final int DESCRIPTION_COLS = 36;
  private static final int MAX_PLATFORM_COLS = 24;

  /** A code and its meaning; hashed on the code alone, as a code has only a few meanings. */
  private record Key(int code, CatalogEntry entry) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.code == code && Objects.equals(k.entry, entry);
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(code);
    }
  }

  private static final class Row {
    long count;
    final EnumSet<Platform> platforms = EnumSet.noneOf(Platform.class);

    String platformList() {
      TreeSet<String> ids = new TreeSet<>();
      for (Platform p : platforms) {
        ids.add(p.id());
      }
      return String.join(",", ids);
    }
  }

  private final Map<Key, Row> rows = new HashMap<>();

  @Override
  public void accept(long line, ErrorEvent e) {
    Row row = rows.computeIfAbsent(new Key(e.code(), e.entry()), k -> new Row());
    row.count++;
    row.platforms.add(platformOf(e));
  }

  /** Adds another summary's rows to these. */
  void add(ScanSummary other) {
    for (Map.Entry<Key, Row> e : other.rows.entrySet()) {
      Row row = rows.computeIfAbsent(e.getKey(), k -> new Row());
      row.count += e.getValue().count;
      row.platforms.addAll(e.getValue().platforms);
    }
  }

  /** The platform shown for an event: the one it was logged on, else the table its meaning comes from. */
  static Platform platformOf(ErrorEvent e) {
    if (e.platform() != Platform.UNKNOWN) {
      return e.platform();
    }
    return e.entry() == null ? Platform.UNKNOWN : e.entry().platform();
  }

  void print(PrintWriter out, LineScanner.Totals t) {
    List<Map.Entry<Key, Row>> sorted = new ArrayList<>(rows.entrySet());
    sorted.sort(ScanSummary::mostFrequentFirst);
    if (!sorted.isEmpty()) {
      int countCols = Math.max(5, Columns.grouped(sorted.get(0).getValue().count).length());
      int platformCols = 8;
      List<String> platformLists = new ArrayList<>(sorted.size());
      for (Map.Entry<Key, Row> e : sorted) {
        String list = e.getValue().platformList();
        platformLists.add(list);
        platformCols = Math.max(platformCols, Math.min(MAX_PLATFORM_COLS, list.length()));
      }
      out.println(line(Columns.right("COUNT", countCols), Columns.left("CODE", 7), Columns.left("CATEGORY", 14),
          DisplayWidth.fit("PLATFORM", platformCols), DisplayWidth.fit("MESSAGE", MESSAGE_COLS), "DESCRIPTION"));
      for (int i = 0; i < sorted.size(); i++) {
        Map.Entry<Key, Row> e = sorted.get(i);
        CatalogEntry entry = e.getKey().entry();
        out.println(line(Columns.right(Columns.grouped(e.getValue().count), countCols),
            Columns.left(Integer.toString(e.getKey().code()), 7), Columns.left(entry == null ? "unknown" : entry.category().id(), 14),
            DisplayWidth.fit(platformLists.get(i), platformCols),
            DisplayWidth.fit(entry == null ? "(not in the catalog)" : entry.message(), MESSAGE_COLS),
            DisplayWidth.fit(entry == null ? "" : entry.description(), DESCRIPTION_COLS).stripTrailing()));
      }
      out.println();
    }
    long unknownEvents = 0;
    int unknownCodes = 0;
    TreeSet<Integer> codes = new TreeSet<>();
    for (Map.Entry<Key, Row> e : sorted) {
      codes.add(e.getKey().code());
      if (e.getKey().entry() == null) {
        unknownEvents += e.getValue().count;
        unknownCodes++;
      }
    }
    out.println("lines " + Columns.grouped(t.lines) + "   lines with errors " + Columns.grouped(t.linesWithErrors)
        + "   events " + Columns.grouped(t.events) + "   codes " + Columns.grouped(codes.size())
        + "   unknown codes " + Columns.grouped(unknownCodes) + " (" + Columns.grouped(unknownEvents) + " events)");
  }

  /** By count, the largest first, then by code. */
  private static int mostFrequentFirst(Map.Entry<Key, Row> a, Map.Entry<Key, Row> b) {
    int byCount = Long.compare(b.getValue().count, a.getValue().count);
    return byCount != 0 ? byCount : Integer.compare(a.getKey().code(), b.getKey().code());
  }

  private static String line(String count, String code, String category, String platforms, String message, String description) {
    return count + "  " + code + "  " + category + "  " + platforms + "  " + message + "  " + description;
  }
}
