package io.jmsgerrors.http;

import io.jmsgerrors.metrics.MetricsRegistry;

/** Serves {@link HttpService} alone in a fresh JVM (so its JDK server limits apply) until killed. */
public final class HttpServiceMain {
  private HttpServiceMain() {}

  public static void main(String[] args) throws InterruptedException {
    HttpService http = HttpService.start(args[0], Integer.parseInt(args[1]), () -> true, new MetricsRegistry());
    System.out.println("serving on " + args[0] + ":" + http.port());
    Thread.currentThread().join();
  }
}
