package io.jmsgerrors.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the 'explain' command. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "PLACEHOLDER")
public final class ExplainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("jmsg-errors: 'explain' is not implemented yet");
    return 1;
  }
}
