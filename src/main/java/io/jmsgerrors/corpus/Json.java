package io.jmsgerrors.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Writes the small JSON documents the generator needs, with randomised order and spacing. */
final class Json {
  private Json() {}

  static String str(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A field: a key and a value that is already JSON text. */
  record Field(String key, String json) {}

  static Field f(String key, String json) {
    return new Field(key, json);
  }

  static Field s(String key, String value) {
    return new Field(key, str(value));
  }

  static Field n(String key, long value) {
    return new Field(key, Long.toString(value));
  }

  /** A compact object; {@code shuffle} randomises field order. */
  static String obj(Rand r, boolean shuffle, List<Field> fields) {
    List<Field> fs = new ArrayList<>(fields);
    if (shuffle) {
      Collections.shuffle(fs, new java.util.Random(r.nextInt(Integer.MAX_VALUE)));
    }
    double x = r.nextDouble();
    String colon = x < 0.55 ? ":" : x < 0.85 ? ": " : x < 0.97 ? " : " : ":\t";
    String comma = r.chance(0.2) ? ", " : ",";
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < fs.size(); i++) {
      if (i > 0) {
        sb.append(comma);
      }
      sb.append(str(fs.get(i).key())).append(colon).append(fs.get(i).json());
    }
    return sb.append('}').toString();
  }

  static String obj(Rand r, Field... fields) {
    return obj(r, false, List.of(fields));
  }

  /** A pretty-printed object over several lines, nested objects given as compact JSON text. */
  static String pretty(Rand r, List<Field> fields, int depth) {
    String ind = r.chance(0.5) ? "  " : "    ";
    return pretty(fields, depth, ind);
  }

  private static String pretty(List<Field> fields, int depth, String ind) {
    StringBuilder sb = new StringBuilder("{\n");
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      sb.append(ind.repeat(depth + 1)).append(str(f.key())).append(": ").append(f.json());
      sb.append(i + 1 < fields.size() ? ",\n" : "\n");
    }
    return sb.append(ind.repeat(depth)).append('}').toString();
  }

  /** The pretty form of an error body: {@code {"error": {"code": ..., "message": ...}}}. */
  static String prettyError(Rand r, int code, String message) {
    String ind = r.pick("  ", "    ", "\t");
    List<Field> inner = new ArrayList<>(List.of(n("code", code), s("message", message)));
    if (r.chance(0.3)) {
      Collections.reverse(inner);
    }
    return "{\n" + ind + "\"error\": " + pretty(inner, 1, ind) + "\n}";
  }
}
