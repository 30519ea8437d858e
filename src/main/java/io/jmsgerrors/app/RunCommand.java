package io.jmsgerrors.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the 'run' command. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "PLACEHOLDER")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("jmsg-errors: 'run' is not implemented yet");
    return 1;
  }
}
