package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds JMessage error codes in one log record (raw lines, multi-line stack traces, JSON
 * envelopes, logfmt or JSON application logs) by the context around each number. Never throws
 * on its own account (an exception thrown by the sink propagates).
 *
 * <p>The hot path scans bytes for digit runs of six or seven digits, stepping six bytes at a
 * time, and looks at the bytes before a code-shaped run only; it allocates nothing until it
 * finds an error.
 */
public final class LogParser {
  /** How far around a weakly marked code error words and SMS words are looked for. */
  private static final int NEAR = 200;
  /** How far around a weakly marked code SMS and verification words are looked for. */
  private static final int SMS_NEAR = 100;

  private final CodeSpace codes;
  /** Null for a parser whose events carry no time. */
  private final Timestamps timestamps;
  private final boolean excerpts;
  private final boolean appkeys;

  public LogParser(Catalog catalog) {
    this(catalog, Clock.systemUTC(), ZoneOffset.UTC);
  }

  /**
   * A parser that takes the year of logcat times from {@code clock} and reads times without a
   * zone in {@code zone}.
   */
  public LogParser(Catalog catalog, Clock clock, ZoneId zone) {
    this(catalog, clock, zone, true, true, true);
  }

  private LogParser(Catalog catalog, Clock clock, ZoneId zone, boolean excerpts, boolean times, boolean appkeys) {
    this.codes = new CodeSpace(Objects.requireNonNull(catalog, "catalog"));
    Timestamps t = new Timestamps(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(zone, "zone"));
    this.timestamps = times ? t : null;
    this.excerpts = excerpts;
    this.appkeys = appkeys;
  }

  /**
   * A parser for callers that only count: its events are this parser's events with an empty
   * excerpt, which saves building and redacting one per event.
   */
  public static LogParser withoutExcerpts(Catalog catalog) {
    return new LogParser(catalog, Clock.systemUTC(), ZoneOffset.UTC, false, true, true);
  }

  /**
   * A parser for callers that count by code, meaning and platform only ({@code scan}'s table): its
   * events are this parser's events with an empty excerpt, no time ({@code -1}) and no appkey
   * ({@code null}), which saves building excerpts, looking up the record's time and searching each
   * line with an error for an appkey. Which events there are depends on none of these.
   */
  public static LogParser codesAndPlatformsOnly(Catalog catalog) {
    return new LogParser(catalog, Clock.systemUTC(), ZoneOffset.UTC, false, false, false);
  }

  /** Parses one record and hands each error found to the sink; returns how many were found. */
  public int parse(byte[] record, ErrorEventSink sink) {
    return record == null ? 0 : parse(record, 0, record.length, sink);
  }

  /** Parses the record {@code buf[off, off + len)}; returns how many errors went to the sink. */
  public int parse(byte[] buf, int off, int len, ErrorEventSink sink) {
    if (buf == null || sink == null || len <= 0 || off < 0 || off > buf.length - len) {
      return 0;
    }
    int end = off + len;
    int found = 0;
    RecordScope scope = null;
    try {
      int i = off + 5;
      while (i < end) {
        if (!Ascii.isDigit(buf[i])) {
          i += 6;
          continue;
        }
        long run = ByteScan.digitRunAt(buf, off, end, i);
        int s = (int) (run >>> 32);
        int e = (int) run;
        int digits = e - s;
        if (digits == 6 || digits == 7) {
          int value = value(buf, s, e);
          int context = accept(buf, off, end, s, e, value);
          if (context != CodeContext.REJECT) {
            if (scope == null) {
              scope = new RecordScope(buf, off, end, codes, timestamps, excerpts, appkeys);
            }
            ErrorEvent event = scope.event(value, s, e, context);
            if (event != null) {
              found++;
              deliver(sink, event);
            }
          }
        }
        i = e + 6;
      }
    } catch (SinkFailure f) {
      throw f.unwrap();
    } catch (RuntimeException | StackOverflowError ex) {
      return found;
    }
    return found;
  }

  private static int value(byte[] b, int s, int e) {
    int v = 0;
    for (int k = s; k < e; k++) {
      v = v * 10 + (b[k] - '0');
    }
    return v;
  }

  /** The context of a code-shaped run that is an error code, or {@link CodeContext#REJECT}. */
  private int accept(byte[] b, int off, int end, int s, int e, int value) {
    if (!CodeSpace.inRange(value, e - s) || !CodeBounds.clean(b, off, end, s, e)) {
      return CodeContext.REJECT;
    }
    int context = CodeContext.classify(b, off, s);
    int strength = context & CodeContext.STRENGTH;
    if (strength == CodeContext.REJECT || strength == CodeContext.STRONG) {
      return context;
    }
    int ws = Math.max(off, s - NEAR);
    int we = Math.min(end, e + NEAR);
    boolean known = codes.known(value);
    if (!known && (strength == CodeContext.WEAK || !Words.errorNear(b, ws, we))) {
      return CodeContext.REJECT;
    }
    if ((context & CodeContext.NEEDS_ERROR_WORDS) != 0 && !Words.errorNear(b, ws, we)) {
      return CodeContext.REJECT;
    }
    return Words.smsNear(b, Math.max(off, s - SMS_NEAR), Math.min(end, e + SMS_NEAR)) ? CodeContext.REJECT : context;
  }

  private static void deliver(ErrorEventSink sink, ErrorEvent event) {
    try {
      sink.accept(event);
    } catch (RuntimeException ex) {
      throw new SinkFailure(ex);
    }
  }

  /** Parses one record into a list of the errors found. */
  public List<ErrorEvent> parse(byte[] record) {
    List<ErrorEvent> out = new ArrayList<>(2);
    parse(record, out::add);
    return out;
  }

  public List<ErrorEvent> parse(String record) {
    return parse(record == null ? null : record.getBytes(StandardCharsets.UTF_8));
  }

  /** Carries an exception thrown by the sink past the parser's own safety net. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    RuntimeException unwrap() {
      return (RuntimeException) getCause();
    }
  }
}
