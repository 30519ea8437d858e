package io.jmsgerrors.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JMessage error-code catalog: every known meaning of every code, by platform. */
public final class Catalog {
  /** The catalog resource shipped in the jar. */
  public static final String RESOURCE = "/catalog/jmessage-codes.tsv";

  /** Numbers that look like codes in JMessage logs but are not JMessage error codes: 0 and 1..5. */
  public static final Set<Integer> NOT_JMESSAGE_CODES = Set.of(0, 1, 2, 3, 4, 5);

  private static volatile Catalog builtIn;

  private final List<CatalogEntry> entries;
  private final Map<Integer, List<CatalogEntry>> byCode;
  private final Choices choices;
  /** Computed on first use: hashing costs a cold JVM tens of milliseconds that scan and explain never need. */
  private volatile String version;

  private Catalog(List<CatalogEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<Integer, List<CatalogEntry>> index = new HashMap<>();
    for (CatalogEntry e : this.entries) {
      List<CatalogEntry> same = index.get(e.code());
      if (same == null) {
        same = new ArrayList<>(2);
        index.put(e.code(), same);
      }
      same.add(e);
    }
    for (Map.Entry<Integer, List<CatalogEntry>> e : index.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    this.byCode = Collections.unmodifiableMap(index);
    this.choices = new Choices(index, Catalog::choose);
  }

  /** The catalog built into the jar, loaded once. */
  public static Catalog builtIn() {
    Catalog c = builtIn;
    if (c == null) {
      synchronized (Catalog.class) {
        c = builtIn;
        if (c == null) {
          try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("catalog resource " + RESOURCE + " is missing from the jar");
            }
            c = fromTsv(new InputStreamReader(in, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + RESOURCE, e);
          }
          builtIn = c;
        }
      }
    }
    return c;
  }

  /** A catalog of the given entries; its version is a digest of their content. */
  public static Catalog of(List<CatalogEntry> entries) {
    return new Catalog(entries);
  }

  /** Reads the TSV format of {@link CatalogTsv}. */
  public static Catalog fromTsv(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<CatalogEntry> entries = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 || line.isBlank()) {
        continue;
      }
      entries.add(CatalogTsv.parse(line, lineNo));
    }
    return of(entries);
  }

  /** Every entry, in catalog order. */
  public List<CatalogEntry> entries() {
    return entries;
  }

  /** Every meaning of a code, on every platform; empty when the code is unknown. */
  public List<CatalogEntry> entriesFor(int code) {
    return byCode.getOrDefault(code, List.of());
  }

  public boolean contains(int code) {
    return byCode.containsKey(code);
  }

  /**
   * The meaning of a code on a platform, falling back when the platform has no entry of its own.
   *
   * <p>Order: the entry of the platform itself; then its video-call sibling (android and
   * android-rtc, ios and ios-rtc, either way); then the current server table (server codes surface
   * in every SDK); then any other current table, undocumented entries and historical entries, in
   * platform order. An unknown platform ({@code null} or {@link Platform#UNKNOWN}) starts at the
   * server step.
   */
  public Optional<CatalogEntry> lookup(int code, Platform platform) {
    return Optional.ofNullable(find(code, platform));
  }

  /**
   * The entry {@link #lookup} chooses, or {@code null} when the code is unknown; allocates nothing,
   * for per-event use.
   */
  public CatalogEntry find(int code, Platform platform) {
    return choices.find(code, platform);
  }

  /** Every platform a code is defined on, the platform {@link #lookup} would choose first. */
  public List<Platform> platformsFor(int code, Platform platform) {
    List<CatalogEntry> candidates = new ArrayList<>(entriesFor(code));
    candidates.sort(Comparator.comparingInt(e -> rank(e, platform)));
    return candidates.stream().map(CatalogEntry::platform).distinct().toList();
  }

  /**
   * Whether a number is never a JMessage error code even where it looks like one: {@code 0} is
   * success and {@code 1..5} are error codes of the cross-platform plugins (Flutter, React Native,
   * Cordova), not of JMessage. See {@link #NOT_JMESSAGE_CODES}.
   */
  public static boolean isNotJMessageCode(int code) {
    return NOT_JMESSAGE_CODES.contains(code);
  }

  /** The first candidate of the lowest rank, in catalog order. */
  private static CatalogEntry choose(List<CatalogEntry> candidates, Platform wanted) {
    CatalogEntry best = null;
    int bestRank = Integer.MAX_VALUE;
    for (CatalogEntry e : candidates) {
      int r = rank(e, wanted);
      if (r < bestRank) {
        best = e;
        bestRank = r;
      }
    }
    return best;
  }

  private static int rank(CatalogEntry e, Platform wanted) {
    int tier;
    if (wanted != null && wanted != Platform.UNKNOWN && e.platform() == wanted) {
      tier = 0;
    } else if (wanted != null && sibling(wanted) == e.platform()) {
      tier = 1;
    } else if (e.platform() == Platform.SERVER && e.source() == Source.CURRENT) {
      tier = 2;
    } else {
      tier = switch (e.source()) {
        case CURRENT -> 3;
        case UNDOCUMENTED -> 4;
        case HISTORICAL -> 5;
      };
    }
    return tier * 100 + e.platform().ordinal();
  }

  private static Platform sibling(Platform p) {
    return switch (p) {
      case ANDROID -> Platform.ANDROID_RTC;
      case ANDROID_RTC -> Platform.ANDROID;
      case IOS -> Platform.IOS_RTC;
      case IOS_RTC -> Platform.IOS;
      default -> null;
    };
  }

  public int size() {
    return entries.size();
  }

  /** A short digest of the catalog's content, so operators can tell which catalog is loaded. */
  public String version() {
    String v = version;
    if (v == null) {
      MessageDigest md = sha256();
      for (CatalogEntry e : entries) {
        md.update(CatalogTsv.format(e).getBytes(StandardCharsets.UTF_8));
      }
      v = HexFormat.of().formatHex(md.digest(), 0, 6);
      version = v;
    }
    return v;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
