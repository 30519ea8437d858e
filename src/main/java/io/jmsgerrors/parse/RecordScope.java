package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Platform;

/**
 * What one record tells about all the errors in it (platform, appkey, timestamp, whether it is
 * JSON), worked out lazily once the first error is found, and the occurrences already reported
 * so the same error printed twice is counted once.
 */
final class RecordScope {
  private static final int UNSET = -2;
  private static final int SIGNATURE = 20;

  private final byte[] b;
  private final int off;
  private final int end;
  private final CodeSpace codes;
  private final Timestamps timestamps;
  private final boolean json;
  private final boolean excerpts;
  private final boolean appkeys;
  private Platform recordPlatform;
  private boolean recordPlatformDone;
  private int recordAppkey = UNSET;
  private long recordTime = UNSET;
  private final Occurrences seen = new Occurrences();
  private LineFacts lineFacts;
  private int factsStart;
  private int factsEnd;

  /** A scope whose events carry no time when {@code timestamps} is null, and no appkey unless {@code appkeys}. */
  RecordScope(byte[] b, int off, int end, CodeSpace codes, Timestamps timestamps, boolean excerpts, boolean appkeys) {
    this.b = b;
    this.off = off;
    this.end = end;
    this.codes = codes;
    this.timestamps = timestamps;
    this.json = Envelope.isJson(b, off, end);
    this.excerpts = excerpts;
    this.appkeys = appkeys;
  }

  /** The event for the code at {@code [s, e)}, or {@code null} when it repeats one already reported. */
  ErrorEvent event(int code, int s, int e, int context) {
    int ls = Lines.start(b, off, s);
    int le = Lines.end(b, e, end);
    if (!seen.add(b, code, ls, s, Math.max(ls, s - SIGNATURE))) {
      return null;
    }
    LineFacts facts = facts(ls, le);
    Platform platform = platform(ls, le, context, facts.platform);
    int a = facts.appkey;
    if (a < 0 && appkeys && !wholeRecord(ls, le)) {
      a = recordAppkey();
    }
    String appkey = a < 0 ? null : Appkeys.lowercase(b, a);
    return new ErrorEvent(code, codes.meaning(code, platform), platform, appkey,
        timestamps == null ? Timestamps.NONE : timestamp(ls, le), excerpts ? Excerpts.of(b, ls, le, s, e, json, facts.maySecret) : "");
  }

  /** The facts of line {@code [ls, le)}, read once per line (a batch result holds many codes on one line). */
  private LineFacts facts(int ls, int le) {
    if (lineFacts == null || factsStart != ls || factsEnd != le) {
      lineFacts = LineFacts.of(b, ls, le, excerpts, appkeys);
      factsStart = ls;
      factsEnd = le;
    }
    return lineFacts;
  }

  private Platform platform(int ls, int le, int context, Platform lineHint) {
    if ((context & CodeContext.IOS) != 0) {
      return Platform.IOS;
    }
    if ((context & CodeContext.ANDROID) != 0) {
      return Platform.ANDROID;
    }
    Platform p = lineHint;
    if (p == null && (context & CodeContext.REST_BODY) != 0) {
      p = Platform.SERVER;
    }
    if (p == null && !wholeRecord(ls, le)) {
      p = recordPlatform();
    }
    if (p == null && Platforms.nsLogPrefix(b, Lines.skipBlank(b, ls, le), le)) {
      p = Platform.IOS;
    }
    return p == null ? Platform.UNKNOWN : p;
  }

  private boolean wholeRecord(int ls, int le) {
    return ls <= off && le >= end;
  }

  private Platform recordPlatform() {
    if (!recordPlatformDone) {
      recordPlatformDone = true;
      recordPlatform = Platforms.hint(b, off, Math.min(end, off + 64 * 1024));
      if (recordPlatform == null && Platforms.nsLogPrefix(b, Lines.skipBlank(b, off, end), end)) {
        recordPlatform = Platform.IOS;
      }
    }
    return recordPlatform;
  }

  private int recordAppkey() {
    if (recordAppkey == UNSET) {
      recordAppkey = Appkeys.find(b, off, end);
    }
    return recordAppkey;
  }

  private long timestamp(int ls, int le) {
    if (recordTime == UNSET) {
      recordTime = json ? Envelope.timestamp(b, off, end, timestamps) : Timestamps.NONE;
      if (recordTime == Timestamps.NONE && json) {
        int m = Envelope.messageStart(b, off, end);
        recordTime = m < 0 ? Timestamps.NONE : timestamps.atLineStart(b, m, Math.min(end, m + 64));
      }
      if (recordTime == Timestamps.NONE && !json) {
        recordTime = timestamps.atLineStart(b, off, Math.min(end, off + 64));
      }
      if (recordTime == Timestamps.NONE && !json) {
        recordTime = timestamps.logfmt(b, off, Math.min(end, off + 4096));
      }
    }
    if (recordTime != Timestamps.NONE && (json || ls == off)) {
      return recordTime;
    }
    long t = timestamps.atLineStart(b, ls, Math.min(le, ls + 64));
    return t != Timestamps.NONE ? t : recordTime;
  }
}
