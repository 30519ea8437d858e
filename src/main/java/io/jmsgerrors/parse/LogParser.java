package io.jmsgerrors.parse;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.catalog.Platform;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds JMessage error codes in one log record (raw lines or JSON envelopes). Never throws.
 *
 * <p>PLACEHOLDER implementation: recognises only {@code code=NNNNNN}; the parser issue replaces it.
 */
public final class LogParser {
  private static final Pattern CODE = Pattern.compile("code\"?\\s*[=:]\\s*(\\d{6,7})");

  private final Catalog catalog;

  public LogParser(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** Parses one record and hands each error found to the sink; returns how many were found. */
  public int parse(byte[] record, ErrorEventSink sink) {
    if (record == null || record.length == 0) {
      return 0;
    }
    String text = new String(record, StandardCharsets.UTF_8);
    Matcher m = CODE.matcher(text);
    int n = 0;
    while (m.find()) {
      int code = Integer.parseInt(m.group(1));
      sink.accept(new ErrorEvent(code, catalog.lookup(code, null).orElse(null), Platform.UNKNOWN,
          null, ErrorEvent.NO_TIMESTAMP, ""));
      n++;
    }
    return n;
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
}
