package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import picocli.CommandLine;

/** Prints the product version and the catalog it carries. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    Catalog c = Catalog.builtIn();
    return new String[] {
      "jmsg-errors " + (v == null ? "dev" : v),
      "catalog " + c.version() + " (" + c.size() + " entries)"
    };
  }
}
