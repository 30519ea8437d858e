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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JMessage error-code catalog: every known meaning of every code, by platform. */
public final class Catalog {
  /** The catalog resource shipped in the jar. */
  public static final String RESOURCE = "/catalog/jmessage-codes.tsv";

  private static volatile Catalog builtIn;

  private final List<CatalogEntry> entries;
  private final Map<Integer, List<CatalogEntry>> byCode;
  private final String version;

  private Catalog(List<CatalogEntry> entries, String version) {
    this.entries = List.copyOf(entries);
    Map<Integer, List<CatalogEntry>> index = new HashMap<>();
    for (CatalogEntry e : this.entries) {
      index.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Collections.unmodifiableMap(index);
    this.version = version;
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
    MessageDigest md = sha256();
    for (CatalogEntry e : entries) {
      md.update(CatalogTsv.format(e).getBytes(StandardCharsets.UTF_8));
    }
    return new Catalog(entries, HexFormat.of().formatHex(md.digest(), 0, 6));
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
   * The meaning of a code on a platform. When the platform is unknown ({@code null} or {@link
   * Platform#UNKNOWN}) or has no entry, falls back to the server table, then to current tables,
   * then to the first entry.
   */
  public Optional<CatalogEntry> lookup(int code, Platform platform) {
    List<CatalogEntry> candidates = byCode.get(code);
    if (candidates == null) {
      return Optional.empty();
    }
    if (platform != null && platform != Platform.UNKNOWN) {
      for (CatalogEntry e : candidates) {
        if (e.platform() == platform) {
          return Optional.of(e);
        }
      }
    }
    for (CatalogEntry e : candidates) {
      if (e.platform() == Platform.SERVER && e.source() == Source.CURRENT) {
        return Optional.of(e);
      }
    }
    for (CatalogEntry e : candidates) {
      if (e.source() == Source.CURRENT) {
        return Optional.of(e);
      }
    }
    return Optional.of(candidates.get(0));
  }

  public int size() {
    return entries.size();
  }

  /** A short digest of the catalog's content, so operators can tell which catalog is loaded. */
  public String version() {
    return version;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
