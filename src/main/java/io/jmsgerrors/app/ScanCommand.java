package io.jmsgerrors.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the 'scan' command. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "PLACEHOLDER")
public final class ScanCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("jmsg-errors: 'scan' is not implemented yet");
    return 1;
  }
}
