package io.jmsgerrors.corpus;

import io.jmsgerrors.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A deterministic generator of realistic, labelled JMessage log records: about 40% carry errors
 * in every documented shape, the rest are ordinary lines and look-alike negatives.
 */
public final class CorpusGenerator {
  /** The share of records that carry at least one JMessage error. */
  public static final double ERROR_SHARE = 0.40;
  private static final double ENVELOPE_SHARE = 0.30;

  private record Shape(String name, int weight, Function<Draw, String> build) {}

  private static final List<Shape> ERRORS = List.of(
      new Shape("rest-raw", 8, RestShapes::raw),
      new Shape("rest-pretty", 4, RestShapes::pretty),
      new Shape("rest-exception", 4, RestShapes::exception),
      new Shape("rest-batch", 3, RestShapes::batch),
      new Shape("java-client", 5, RestShapes::javaClient),
      new Shape("android-template", 9, ClientShapes::androidTemplate),
      new Shape("android-improtocol", 4, ClientShapes::imProtocol),
      new Shape("flutter-android", 3, ClientShapes::flutterAndroid),
      new Shape("ios-nserror", 6, ClientShapes::iosNsError),
      new Shape("flutter-ios", 3, ClientShapes::flutterIos),
      new Shape("react-native", 3, ClientShapes::reactNative),
      new Shape("web-event", 5, ClientShapes::web),
      new Shape("app-keyed", 8, AppLogShapes::keyed),
      new Shape("app-chinese", 4, AppLogShapes::chinese),
      new Shape("app-logfmt", 5, AppLogShapes::logfmt),
      new Shape("app-json", 6, AppLogShapes::json));
  private static final List<Shape> OTHERS = List.of(
      new Shape("ordinary", 55, OrdinaryShapes::build),
      new Shape("look-alike", 45, LookAlikeShapes::build));

  private final Rand rand;
  private final CodePool codes;
  private final List<String> appkeys = new ArrayList<>();
  private final LongSupplier clock;

  public CorpusGenerator(long seed) {
    this(seed, Catalog.builtIn());
  }

  public CorpusGenerator(long seed, Catalog catalog) {
    this(seed, catalog, null);
  }

  /**
   * A generator whose records carry the time of {@code clock} (less up to 2 s), as a live log
   * stream does; without a clock, times are drawn from one fixed day, so a seed gives the same
   * corpus on every run.
   */
  public CorpusGenerator(long seed, Catalog catalog, LongSupplier clock) {
    Objects.requireNonNull(catalog, "catalog");
    this.clock = clock;
    this.rand = new Rand(seed);
    this.codes = new CodePool(catalog);
    for (int i = 0; i < 40; i++) {
      appkeys.add(rand.hex(24));
    }
  }

  /** The next record of the corpus. */
  public LabelledRecord next() {
    Draw d = new Draw(rand, codes, appkeys, clock);
    Shape shape = pick(rand.chance(ERROR_SHARE) ? ERRORS : OTHERS);
    String text = shape.build().apply(d);
    if (rand.chance(ENVELOPE_SHARE)) {
      return d.finish(Envelopes.wrap(d, text), shape.name() + "+envelope");
    }
    return d.finish(text, shape.name());
  }

  /** The next {@code n} records. */
  public List<LabelledRecord> generate(int n) {
    List<LabelledRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  private Shape pick(List<Shape> shapes) {
    int total = 0;
    for (Shape s : shapes) {
      total += s.weight();
    }
    int x = rand.nextInt(total);
    for (Shape s : shapes) {
      x -= s.weight();
      if (x < 0) {
        return s;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
