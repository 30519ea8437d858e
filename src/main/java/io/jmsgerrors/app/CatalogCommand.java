package io.jmsgerrors.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the 'catalog' command. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "PLACEHOLDER")
public final class CatalogCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("jmsg-errors: 'catalog' is not implemented yet");
    return 1;
  }
}
