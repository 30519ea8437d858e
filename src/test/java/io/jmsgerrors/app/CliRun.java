package io.jmsgerrors.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line in a test: exit code, standard output and standard error. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  String[] outLines() {
    return out.isEmpty() ? new String[0] : out.split("\\R");
  }

  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }
}
