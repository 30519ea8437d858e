package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the hand-written corpus: {@code corpus/handwritten.log} (one record per line) and
 * {@code corpus/handwritten.labels} (see the README beside them).
 */
public final class HandwrittenCorpus {
  private HandwrittenCorpus() {}

  public static List<LabelledRecord> load() {
    List<String> lines = read("/corpus/handwritten.log");
    Map<Integer, String[]> labels = new HashMap<>();
    for (String l : read("/corpus/handwritten.labels")) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length != 3) {
        throw new IllegalStateException("handwritten.labels: expected 3 tab-separated columns: " + l);
      }
      if (labels.put(Integer.parseInt(f[0]), f) != null) {
        throw new IllegalStateException("handwritten.labels: line " + f[0] + " labelled twice");
      }
    }
    List<LabelledRecord> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = labels.remove(i + 1);
      if (f == null) {
        throw new IllegalStateException("handwritten.log line " + (i + 1) + " has no label: " + lines.get(i));
      }
      out.add(new LabelledRecord(lines.get(i), events(f[1]), secrets(f[2]), "handwritten:" + (i + 1)));
    }
    if (!labels.isEmpty()) {
      throw new IllegalStateException("handwritten.labels labels lines the log does not have: " + labels.keySet());
    }
    return out;
  }

  private static List<ExpectedEvent> events(String spec) {
    List<ExpectedEvent> out = new ArrayList<>();
    if (spec.equals("-")) {
      return out;
    }
    for (String e : spec.trim().split(" +")) {
      String[] p = e.split(":", -1);
      String appkey = p.length > 1 && !p[1].isEmpty() && !p[1].equals("-") ? p[1].toLowerCase(Locale.ROOT) : null;
      Platform platform = p.length > 2 ? Platform.fromId(p[2]).orElseThrow() : Platform.UNKNOWN;
      out.add(new ExpectedEvent(Integer.parseInt(p[0]), appkey, platform));
    }
    return out;
  }

  private static List<String> secrets(String spec) {
    return spec.equals("-") ? List.of() : List.of(spec.trim().split(" +"));
  }

  private static List<String> read(String resource) {
    try (InputStream in = HandwrittenCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String l;
      while ((l = r.readLine()) != null) {
        lines.add(l);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
