package io.jmsgerrors.catalog.build;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.CatalogTsv;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the catalog resource {@code src/main/resources/catalog/jmessage-codes.tsv} from the
 * shared seed table and catalog sources, reproducibly.
 *
 * <p>Precedence, one entry per (code, platform), the first row wins: the seed table (server,
 * current; its texts are the ground truth for its 152 codes, so server.tsv's newer wording of
 * 898002 and 818001 only shows in their hints); the other current tables (server.tsv, android,
 * android_jmrtc, ios, ios_jmrtc, web); the undocumented codes (still emitted by SDKs and plugins,
 * so they beat a historical row of the same code); the historical codes. Codes 0 (success) and
 * 1..5 (plugin-level) are left out ({@link Catalog#isNotJMessageCode}). Texts stay verbatim, typos
 * included; an empty English message is filled with the iOS SDK enum name of the code from
 * ios_constants.tsv only for rows outside the server tables (with the 2019 sources this fills
 * none: every code it names either has an English text already or is in no table). Categories
 * come from {@link CategoryRules}, hints from {@link CodeHints} or else the category.
 *
 * <p>Run: {@code ./mvnw -B -ntp -o test -Dtest=CatalogResourceTest -Dcatalog.regenerate=true}, or
 * {@code java -cp target/classes:target/test-classes io.jmsgerrors.catalog.build.CatalogBuilder}.
 */
public final class CatalogBuilder {
  public static final Path RESOURCE = Path.of("src/main/resources/catalog/jmessage-codes.tsv");

  private CatalogBuilder() {}

  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : RESOURCE;
    List<CatalogEntry> entries = build(new SourceTables(SharedDir.locate()));
    Files.writeString(out, toTsv(entries), StandardCharsets.UTF_8);
    System.out.println("wrote " + entries.size() + " entries to " + out);
  }

  public static List<CatalogEntry> build(SourceTables tables) {
    Map<Integer, String> enumNames = tables.iosConstants();
    Map<String, CatalogEntry> chosen = new LinkedHashMap<>();
    for (SourceRow row : tables.inPrecedenceOrder()) {
      if (Catalog.isNotJMessageCode(row.code())) {
        continue;
      }
      chosen.putIfAbsent(row.platform().id() + ":" + row.code(), entry(row, enumNames));
    }
    List<CatalogEntry> entries = new ArrayList<>(chosen.values());
    entries.sort(Comparator.comparing(CatalogEntry::platform).thenComparingInt(CatalogEntry::code));
    return entries;
  }

  public static String toTsv(List<CatalogEntry> entries) {
    StringBuilder sb = new StringBuilder(CatalogTsv.HEADER).append('\n');
    entries.forEach(e -> sb.append(CatalogTsv.format(e)).append('\n'));
    return sb.toString();
  }

  static CatalogEntry entry(SourceRow row, Map<Integer, String> enumNames) {
    String message = row.message();
    if (message.isEmpty() && !isServerTable(row)) {
      message = enumNames.getOrDefault(row.code(), "");
    }
    Category category = CategoryRules.categorize(row.code(), row.platform(), message, row.description());
    if (category == Category.UNKNOWN) {
      throw new IllegalStateException("no category rule for " + row);
    }
    return new CatalogEntry(row.code(), row.platform(), message, row.description(), category,
        row.source(), CodeHints.hint(row.platform(), row.code()));
  }

  private static boolean isServerTable(SourceRow row) {
    return row.platform() == Platform.SERVER && row.source() == Source.CURRENT;
  }
}
