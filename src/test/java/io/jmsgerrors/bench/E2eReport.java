package io.jmsgerrors.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The end-to-end benchmark's results, in order, written as JSON and printed as a table. */
final class E2eReport {
  private final Map<String, Object> values = new LinkedHashMap<>();

  void put(String key, Object value) {
    values.put(key, value);
  }

  Object get(String key) {
    return values.get(key);
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String table() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      String text = v instanceof Double d ? String.format("%,.3f", d) : String.valueOf(v);
      b.append(String.format("%-34s %s%n", e.getKey(), text));
    }
    return b.toString();
  }
}
