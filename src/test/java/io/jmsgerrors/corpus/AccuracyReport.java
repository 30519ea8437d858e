package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.parse.ErrorEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores a parser's events against labelled records: code precision and recall, appkeys, platforms, leaks. */
public final class AccuracyReport {
  private record Miss(LabelledRecord record, List<ErrorEvent> actual, int falseNeg, int falsePos, String why) {}

  private final String name;
  private long records;
  private long expected;
  private long found;
  private long truePositives;
  private long appkeyNamed;
  private long appkeyRight;
  private long appkeyAbsent;
  private long appkeyInvented;
  private long platformTold;
  private long platformRight;
  private final Map<String, Integer> platformMisses = new java.util.TreeMap<>();
  private final List<Miss> misses = new ArrayList<>();
  private final List<String> leaks = new ArrayList<>();

  public AccuracyReport(String name) {
    this.name = name;
  }

  public void add(LabelledRecord rec, List<ErrorEvent> actual) {
    records++;
    expected += rec.events().size();
    found += actual.size();
    List<ErrorEvent> unmatched = new ArrayList<>(actual);
    int tp = 0;
    StringBuilder why = new StringBuilder();
    for (ExpectedEvent e : rec.events()) {
      ErrorEvent match = bestMatch(e, unmatched);
      if (match == null) {
        continue;
      }
      unmatched.remove(match);
      tp++;
      why.append(scoreAttributes(rec.shape(), e, match));
    }
    truePositives += tp;
    for (ErrorEvent a : actual) {
      checkLeaks(rec, a);
    }
    int fn = rec.events().size() - tp;
    int fp = actual.size() - tp;
    if (fn > 0 || fp > 0 || why.length() > 0) {
      misses.add(new Miss(rec, actual, fn, fp, why.toString()));
    }
  }

  private static ErrorEvent bestMatch(ExpectedEvent e, List<ErrorEvent> candidates) {
    ErrorEvent sameCode = null;
    for (ErrorEvent a : candidates) {
      if (a.code() == e.code()) {
        if (sameAppkey(e.appkey(), a.appkey())) {
          return a;
        }
        sameCode = sameCode == null ? a : sameCode;
      }
    }
    return sameCode;
  }

  private static boolean sameAppkey(String expected, String actual) {
    return expected == null ? actual == null : actual != null && expected.equalsIgnoreCase(actual);
  }

  private String scoreAttributes(String shape, ExpectedEvent e, ErrorEvent a) {
    String why = "";
    if (e.appkey() != null) {
      appkeyNamed++;
      if (sameAppkey(e.appkey(), a.appkey())) {
        appkeyRight++;
      } else {
        why += " appkey " + a.appkey() + " != " + e.appkey() + ";";
      }
    } else {
      appkeyAbsent++;
      if (a.appkey() != null) {
        appkeyInvented++;
        why += " invented appkey " + a.appkey() + ";";
      }
    }
    if (e.platform() != Platform.UNKNOWN) {
      platformTold++;
      if (family(e.platform()) == family(a.platform())) {
        platformRight++;
      } else {
        platformMisses.merge(shape.replaceFirst(":.*", "") + " " + e.platform().id() + "->" + a.platform().id(), 1, Integer::sum);
      }
    }
    return why;
  }

  private static Platform family(Platform p) {
    return p == Platform.ANDROID_RTC ? Platform.ANDROID : p == Platform.IOS_RTC ? Platform.IOS : p;
  }

  private void checkLeaks(LabelledRecord rec, ErrorEvent a) {
    String fields = (a.excerpt() + "\u0000" + (a.appkey() == null ? "" : a.appkey())).toLowerCase(Locale.ROOT);
    for (String s : rec.secrets()) {
      String secret = s.toLowerCase(Locale.ROOT);
      String prefix = secret.substring(0, Math.min(12, secret.length()));
      if (fields.contains(secret) || fields.contains(prefix)) {
        leaks.add("secret " + s + " leaked in event code=" + a.code() + " appkey=" + a.appkey() + " excerpt=" + a.excerpt()
            + "\n    record: " + rec.text());
      }
    }
  }

  public double precision() {
    return found == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) truePositives / found;
  }

  public double recall() {
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  public double appkeyAccuracy() {
    return appkeyNamed == 0 ? 1.0 : (double) appkeyRight / appkeyNamed;
  }

  public double appkeyInventedRate() {
    return appkeyAbsent == 0 ? 0.0 : (double) appkeyInvented / appkeyAbsent;
  }

  public double platformAccuracy() {
    return platformTold == 0 ? 1.0 : (double) platformRight / platformTold;
  }

  public List<String> leaks() {
    return leaks;
  }

  public String summary() {
    return String.format(Locale.ROOT, "%s: %d records, %d expected events, %d found, %d correct: precision %.4f, recall %.4f;"
        + " appkey accuracy %.4f (%d named), invented appkeys %.4f; platform accuracy %.4f (%d told, not asserted);"
        + " %d secret leaks; platform misses (expected->actual) %s", name, records, expected, found, truePositives, precision(), recall(), appkeyAccuracy(),
        appkeyNamed, appkeyInventedRate(), platformAccuracy(), platformTold, leaks.size(), platformMisses);
  }

  /** The worst misclassified records, at most three per shape so one bug does not hide the others. */
  public String worst(int n) {
    List<Miss> sorted = new ArrayList<>(misses);
    sorted.sort(Comparator.comparingInt((Miss m) -> m.falseNeg() + m.falsePos()).reversed());
    Map<String, Integer> perShape = new HashMap<>();
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (Miss m : sorted) {
      if (shown == n) {
        break;
      }
      if (perShape.merge(m.record().shape(), 1, Integer::sum) > 3) {
        continue;
      }
      shown++;
      sb.append(String.format("%n[%s] missed %d, spurious %d%s%n  record:   %s%n  expected: %s%n  actual:   %s%n",
          m.record().shape(), m.falseNeg(), m.falsePos(), m.why().isEmpty() ? "" : ", " + m.why(),
          abbreviate(m.record().text()), m.record().events(), describe(m.actual())));
    }
    return sb.toString();
  }

  private static String describe(List<ErrorEvent> events) {
    List<String> out = new ArrayList<>();
    for (ErrorEvent e : events) {
      out.add(e.code() + "/" + e.appkey() + "/" + e.platform().id());
    }
    return out.toString();
  }

  private static String abbreviate(String text) {
    String t = text.replace("\n", "\\n");
    return t.length() <= 400 ? t : t.substring(0, 400) + "...";
  }
}
