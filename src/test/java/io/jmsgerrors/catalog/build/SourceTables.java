package io.jmsgerrors.catalog.build;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the seed table and the tables of {@code catalog-sources/} from the shared folder. */
public final class SourceTables {
  /** The current tables beside the seed, each with the platform it documents. */
  public static final Map<String, Platform> CURRENT = currentTables();

  public static final String HISTORICAL = "catalog-sources/historical.tsv";
  public static final String UNDOCUMENTED = "catalog-sources/undocumented_codes.tsv";
  public static final String IOS_CONSTANTS = "catalog-sources/ios_constants.tsv";

  private final Path shared;

  public SourceTables(Path shared) {
    this.shared = shared;
  }

  public List<SourceRow> seed() {
    return SeedTable.parse(read(SeedTable.FILE));
  }

  public List<SourceRow> current(String file) {
    Platform platform = CURRENT.get(file);
    return rows(file).stream()
        .map(r -> row(file, r, platform, Source.CURRENT))
        .toList();
  }

  public List<SourceRow> historical() {
    return rows(HISTORICAL).stream()
        .map(r -> row(HISTORICAL, r, platformOf(r), Source.HISTORICAL))
        .toList();
  }

  public List<SourceRow> undocumented() {
    return rows(UNDOCUMENTED).stream()
        .map(r -> row(UNDOCUMENTED, r, platformOf(r), Source.UNDOCUMENTED))
        .toList();
  }

  /** The iOS SDK enum names by code ({@code kJMSGErrorTcpUserDisabled}, ...). */
  public Map<Integer, String> iosConstants() {
    Map<Integer, String> names = new LinkedHashMap<>();
    for (Map<String, String> r : rows(IOS_CONSTANTS)) {
      names.put(Integer.parseInt(r.get("code")), r.get("message"));
    }
    return names;
  }

  /**
   * Every row of every table in precedence order: the seed, the other current tables (server
   * first), the undocumented codes, the historical codes.
   */
  public List<SourceRow> inPrecedenceOrder() {
    List<SourceRow> all = new ArrayList<>(seed());
    CURRENT.keySet().forEach(f -> all.addAll(current(f)));
    all.addAll(undocumented());
    all.addAll(historical());
    return all;
  }

  /**
   * The platform named by a {@code platform} column: {@code server(IM TCP)}, {@code server(HTTP)},
   * {@code server_rest} and the like are the server, {@code ios(JCore)} is iOS. Rows of the
   * plugin-level codes 1..5 name plugins, not a platform: {@link Platform#UNKNOWN}.
   */
  static Platform platformOf(Map<String, String> row) {
    if (Catalog.isNotJMessageCode(Integer.parseInt(row.get("code")))) {
      return Platform.UNKNOWN;
    }
    String column = row.get("platform").toLowerCase(Locale.ROOT);
    String base = column.split("[(_ ]", 2)[0];
    return Platform.fromId(base)
        .filter(p -> p != Platform.UNKNOWN)
        .orElseThrow(() -> new IllegalArgumentException("unknown platform column '" + column + "'"));
  }

  private static SourceRow row(String file, Map<String, String> r, Platform platform, Source source) {
    return new SourceRow(Integer.parseInt(r.get("code")), platform, source,
        r.get("message"), r.get("description"), file);
  }

  /** The rows of a tab-separated table as maps from its header's column names to trimmed values. */
  List<Map<String, String>> rows(String file) {
    String[] lines = read(file).split("\r?\n");
    String[] header = lines[0].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      if (f.length != header.length) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + f.length
            + " columns, header has " + header.length + ": " + Arrays.toString(f));
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c].strip(), f[c].strip());
      }
      rows.add(row);
    }
    return rows;
  }

  private String read(String file) {
    try {
      return Files.readString(shared.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + shared.resolve(file), e);
    }
  }

  private static Map<String, Platform> currentTables() {
    Map<String, Platform> m = new LinkedHashMap<>();
    m.put("catalog-sources/server.tsv", Platform.SERVER);
    m.put("catalog-sources/android.tsv", Platform.ANDROID);
    m.put("catalog-sources/android_jmrtc.tsv", Platform.ANDROID_RTC);
    m.put("catalog-sources/ios.tsv", Platform.IOS);
    m.put("catalog-sources/ios_jmrtc.tsv", Platform.IOS_RTC);
    m.put("catalog-sources/web.tsv", Platform.WEB);
    return Collections.unmodifiableMap(m);
  }
}
