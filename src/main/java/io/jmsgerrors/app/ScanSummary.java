package io.jmsgerrors.app;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.parse.ErrorEvent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
      platforms.forEach(p -> ids.add(p.id()));
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

  /** The platform shown for an event: the one it was logged on, else the table its meaning comes from. */
  static Platform platformOf(ErrorEvent e) {
    if (e.platform() != Platform.UNKNOWN) {
      return e.platform();
    }
    return e.entry() == null ? Platform.UNKNOWN : e.entry().platform();
  }

  void print(PrintWriter out, LineScanner.Totals t) {
    List<Map.Entry<Key, Row>> sorted = new ArrayList<>(rows.entrySet());
    sorted.sort(Comparator.comparingLong((Map.Entry<Key, Row> e) -> -e.getValue().count)
        .thenComparingInt(e -> e.getKey().code()));
    if (!sorted.isEmpty()) {
      int countCols = Math.max(5, String.format(Locale.ROOT, "%,d", sorted.get(0).getValue().count).length());
      int platformCols = 8;
      for (Map.Entry<Key, Row> e : sorted) {
        platformCols = Math.max(platformCols, Math.min(MAX_PLATFORM_COLS, e.getValue().platformList().length()));
      }
      out.println(String.format(Locale.ROOT, "%" + countCols + "s  %-7s  %-14s  %s  %s  %s", "COUNT", "CODE", "CATEGORY",
          DisplayWidth.fit("PLATFORM", platformCols), DisplayWidth.fit("MESSAGE", MESSAGE_COLS), "DESCRIPTION"));
      for (Map.Entry<Key, Row> e : sorted) {
        CatalogEntry entry = e.getKey().entry();
        out.println(String.format(Locale.ROOT, "%," + countCols + "d  %-7d  %-14s  %s  %s  %s", e.getValue().count,
            e.getKey().code(), entry == null ? "unknown" : entry.category().id(),
            DisplayWidth.fit(e.getValue().platformList(), platformCols),
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
    out.println(String.format(Locale.ROOT, "lines %,d   lines with errors %,d   events %,d   codes %,d   unknown codes %,d (%,d events)",
        t.lines, t.linesWithErrors, t.events, codes.size(), unknownCodes, unknownEvents));
  }
}
