package io.jmsgerrors.catalog.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the shared data folder (seed table and catalog sources) that the catalog is built from. */
public final class SharedDir {
  /** System property and environment variable naming the shared folder explicitly. */
  public static final String VARIABLE = "JMSG_SHARED_DIR";

  private SharedDir() {}

  /**
   * The first existing folder among: the {@code JMSG_SHARED_DIR} system property, the environment
   * variable of that name, {@code ../shared} beside the project, and {@code /work/shared}.
   *
   * @throws IllegalStateException when none exists, so that tests fail rather than skip
   */
  public static Path locate() {
    List<Path> candidates = new ArrayList<>();
    addIfSet(candidates, System.getProperty(VARIABLE));
    addIfSet(candidates, System.getenv(VARIABLE));
    candidates.add(Path.of(System.getProperty("user.dir")).resolve("../shared"));
    candidates.add(Path.of("/work/shared"));
    return firstExisting(candidates);
  }

  static Path firstExisting(List<Path> candidates) {
    for (Path p : candidates) {
      if (Files.isRegularFile(p.resolve("seed/im_errorcode_server.md"))
          && Files.isDirectory(p.resolve("catalog-sources"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "shared data folder not found (set " + VARIABLE + "); looked in " + candidates);
  }

  private static void addIfSet(List<Path> candidates, String value) {
    if (value != null && !value.isBlank()) {
      candidates.add(Path.of(value));
    }
  }
}
