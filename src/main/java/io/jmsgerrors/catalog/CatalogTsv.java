package io.jmsgerrors.catalog;

/**
 * The catalog resource format: a header line, then one entry per line with the tab-separated
 * columns {@code code platform category source message description hint}.
 */
public final class CatalogTsv {
  public static final String HEADER = "code\tplatform\tcategory\tsource\tmessage\tdescription\thint";

  private CatalogTsv() {}

  public static String format(CatalogEntry e) {
    return e.code() + "\t" + e.platform().id() + "\t" + e.category().id() + "\t" + e.source().id()
        + "\t" + e.message() + "\t" + e.description() + "\t" + e.hint();
  }

  static CatalogEntry parse(String line, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException(
          "catalog line " + lineNo + ": expected 7 tab-separated columns, found " + f.length);
    }
    int code;
    try {
      code = Integer.parseInt(f[0].trim());
    } catch (NumberFormatException e) {
      throw bad(lineNo, "code", f[0]);
    }
    // orElse(null), not orElseThrow(lambda): every lambda costs a cold JVM a generated class
    Platform platform = Platform.fromId(f[1]).orElse(null);
    if (platform == null) {
      throw bad(lineNo, "platform", f[1]);
    }
    Category category = Category.fromId(f[2]).orElse(null);
    if (category == null) {
      throw bad(lineNo, "category", f[2]);
    }
    Source source = Source.fromId(f[3]).orElse(null);
    if (source == null) {
      throw bad(lineNo, "source", f[3]);
    }
    return new CatalogEntry(code, platform, f[4], f[5], category, source, f[6]);
  }

  private static IllegalArgumentException bad(int lineNo, String what, String value) {
    return new IllegalArgumentException("catalog line " + lineNo + ": unknown " + what + " '" + value + "'");
  }
}
