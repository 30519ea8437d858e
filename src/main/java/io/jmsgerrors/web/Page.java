package io.jmsgerrors.web;

import io.jmsgerrors.http.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** The live page at {@code /}: one self-contained HTML file, locked down by a Content-Security-Policy. */
public final class Page implements Route {
  static final String RESOURCE = "/web/index.html";

  private final byte[] html;
  private final Map<String, String> headers;

  public Page() {
    String text = load();
    this.html = text.getBytes(StandardCharsets.UTF_8);
    this.headers = Map.of("Content-Security-Policy", "default-src 'none'; connect-src 'self'; style-src '"
        + hash(between(text, "<style>", "</style>")) + "'; script-src '" + hash(between(text, "<script>", "</script>"))
        + "'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        "Referrer-Policy", "no-referrer");
  }

  @Override
  public Response handle(URI uri) {
    String path = uri.getRawPath();
    if (path.equals("/") || path.equals("/index.html")) {
      return new Response(200, "text/html; charset=utf-8", html, headers);
    }
    return Response.of(404, "text/plain", "not found\n");
  }

  static String between(String text, String open, String close) {
    int from = text.indexOf(open);
    int to = text.indexOf(close, from);
    if (from < 0 || to < 0) {
      throw new IllegalStateException(RESOURCE + " lacks " + open);
    }
    return text.substring(from + open.length(), to);
  }

  static String hash(String inline) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String load() {
    try (InputStream in = Page.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
