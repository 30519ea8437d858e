package io.jmsgerrors.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A read-only endpoint added to {@link HttpService}: it maps a request URI to a response. */
@FunctionalInterface
public interface Route {
  Response handle(URI uri);

  /** What a route answers: status, content type, body and extra headers. */
  record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public Response {
      headers = Map.copyOf(headers);
    }

    public static Response of(int status, String contentType, String body) {
      return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
  }
}
