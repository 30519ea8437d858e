package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Catalog;
import io.jmsgerrors.parse.LogParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The 'scan' command: finds the JMessage errors in log files and summarises or lists them. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the JMessage error codes in log files and prints a table by code, the most frequent"
          + " first, or with --json one JSON object per event.",
      "",
      "One record per line; a line that leaves a JSON object or array open ('{' or '[' at its end)"
          + " is read together with the indented lines that continue it, and its events are reported"
          + " at its first line."
    },
    footer = {
      "",
      "Reads standard input when no FILE is given or FILE is '-'. A file that cannot be read is"
          + " reported on stderr and skipped; the others are still scanned and the exit code is 1.",
      "Exit codes: 0 scanned, 1 a file could not be read, 2 bad usage."
    })
public final class ScanCommand implements Callable<Integer> {
  /** Files smaller than this are scanned on one thread: splitting them saves less than a thread costs. */
  static final long RANGE_MIN_BYTES = 16L << 20;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per event, one per line, instead of the table.")
  boolean json;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse. Default: for the table of a file of 16 MB or more, every CPU (at most 8;"
          + " the others join the first once it has warmed up); otherwise the CPUs less one (at least 1, at"
          + " most 8: the JIT compiler needs a core while the scan warms up). The output is the same for any N.")
  Integer threads;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Log files to scan ('-' = standard input).")
  List<String> files = new ArrayList<>();

  /**
   * The command for {@code args} when they are {@code scan} followed only by {@code --json},
   * {@code --threads N} (N in 1-64) and file names (not starting with '-' or '@', or '-' itself),
   * each option at most once; otherwise {@code null}. Such arguments mean the same to picocli
   * (ScanArgsProperties checks it), and running them without building picocli's model saves every
   * such scan about 150 ms of start-up.
   */
  static ScanCommand plain(String[] args) {
    if (args.length == 0 || !args[0].equals("scan")) {
      return null;
    }
    ScanCommand c = new ScanCommand();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--json") && !c.json) {
        c.json = true;
      } else if ((a.equals("--threads") || a.startsWith("--threads=")) && c.threads == null) {
        String n = a.equals("--threads") ? (++i < args.length ? args[i] : "") : a.substring("--threads=".length());
        c.threads = threadCount(n);
        if (c.threads == null) {
          return null;
        }
      } else if (a.equals("-") || !(a.isEmpty() || a.startsWith("-") || a.startsWith("@"))) {
        c.files.add(a);
      } else {
        return null;
      }
    }
    return c;
  }

  /** A count of one or two digits from 1 to 64, else {@code null}. */
  private static Integer threadCount(String n) {
    if (n.isEmpty() || n.length() > 2 || !Character.isDigit(n.charAt(0)) || !Character.isDigit(n.charAt(n.length() - 1))) {
      return null;
    }
    int v = Integer.parseInt(n);
    return v >= 1 && v <= 64 ? v : null;
  }

  @Override
  public Integer call() {
    int workers = threads != null ? threads : defaultWorkers();
    if (workers < 1 || workers > 64) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 1-64, not " + workers);
    }
    return scan(spec.commandLine().getOut(), spec.commandLine().getErr(), workers);
  }

  /** Runs a command from {@link #plain} as picocli would: its exit code, or 1 and the stack trace on a failure. */
  int runPlain(PrintWriter stdout, PrintWriter stderr) {
    try {
      return scan(stdout, stderr, threads != null ? threads : defaultWorkers());
    } catch (RuntimeException e) {
      e.printStackTrace(stderr);
      stderr.flush();
      return 1;
    }
  }

  private static int defaultWorkers() {
    return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() - 1));
  }

  private int scan(PrintWriter stdout, PrintWriter stderr, int workers) {
    PrintWriter out = new PrintWriter(new BufferedWriter(stdout, 1 << 16), false);
    PrintWriter err = stderr;
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    LineScanner.Totals totals = new LineScanner.Totals();
    Catalog catalog = Catalog.builtIn();
    // the table shows no excerpts, times or appkeys, so a table scan does not look for them
    java.util.function.Supplier<LogParser> parsers = json ? () -> new LogParser(catalog) : () -> LogParser.codesAndPlatformsOnly(catalog);
    LineScanner scanner = workers == 1
        ? new LineScanner(parsers.get(), totals)
        : new LineScanner(() -> parsers.get()::parse, workers, totals);
    ScanProgress progress = new ScanProgress(err, totals, System.console() != null);
    ScanSummary summary = new ScanSummary();
    JsonEventWriter writer = new JsonEventWriter(out);
    int exit = 0;
    for (String file : inputs) {
      writer.file(inputs.size() > 1 ? file : null);
      try {
        if (json || !scanInRanges(file, rangeThreads(), parsers, totals, summary, progress)) {
          scan(file, scanner, json ? writer : summary, progress);
        }
      } catch (NoSuchFileException e) {
        exit = fail(err, file, "no such file");
      } catch (AccessDeniedException e) {
        exit = fail(err, file, "permission denied");
      } catch (IOException e) {
        exit = fail(err, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      } finally {
        progress.finish();
      }
    }
    scanner.close();
    if (!json) {
      summary.print(out, totals);
    }
    if (totals.parserFailures > 0) {
      err.println("jmsg-errors: scan: the parser failed on " + totals.parserFailures + " records (skipped)");
    }
    out.flush();
    return exit;
  }

  /** Scanning threads of a table scan by file ranges: {@code --threads}, else every CPU (at most 8). */
  private int rangeThreads() {
    return threads != null ? threads : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Scans a regular file of at least {@link #RANGE_MIN_BYTES} on {@code workers} threads
   * ({@link ChunkedScan}) and adds their counts to {@code totals} and {@code summary}. Returns
   * false, having read nothing, when the file is not such a file or {@code workers} is 1.
   */
  static boolean scanInRanges(String file, int workers, java.util.function.Supplier<LogParser> parsers,
      LineScanner.Totals totals, ScanSummary summary, ScanProgress progress) throws IOException {
    if (workers < 2 || "-".equals(file)) {
      return false;
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path)) {
      long size = ch.size();
      if (size < RANGE_MIN_BYTES) {
        return false;
      }
      progress.start(file, size);
      new ChunkedScan(ch, size, workers, parsers, ChunkedScan.WARM_CHUNKS)
          .run(totals, summary, progress);
      return true;
    }
  }

  private void scan(String file, LineScanner scanner, LineScanner.EventSink sink, ScanProgress progress) throws IOException {
    if ("-".equals(file)) {
      progress.start("stdin", -1);
      scanner.scan(System.in, sink, progress::update);
      return;
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    progress.start(file, Files.size(path));
    try (InputStream in = Files.newInputStream(path)) {
      scanner.scan(in, sink, progress::update);
    }
  }

  private static int fail(PrintWriter err, String file, String why) {
    err.println("jmsg-errors: scan: cannot read " + file + ": " + why);
    return 1;
  }
}
