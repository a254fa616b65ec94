package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: builds, exports and cleans; see {@code dossier --help}. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1",
    description = "Turns scraped news reports into a sourced, cross-checked knowledge base.",
    subcommands = {BuildCommand.class, ExportCommand.class, CleanCommand.class,
        ReportCommand.class, EntitiesCommand.class, EvalCommand.class, BenchCommand.class,
        ServeCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, for tests and embedding. */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler((e, cmd, parsed) -> fail(cmd, e))
        .execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }

  /** A usage error is one line and a pointer to help, not a page of usage. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println("dossier: " + e.getMessage());
    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCodes.USAGE;
  }

  /** Unusable input or a failed store ends the command with one clear line. */
  private static int fail(CommandLine cmd, Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    cmd.getErr().println("dossier: " + message.lines().findFirst().orElse(message));
    if (!(e instanceof dossier.store.StoreException) && !(e instanceof java.io.IOException)) {
      e.printStackTrace(cmd.getErr());
      return ExitCodes.BUG;
    }
    return ExitCodes.FAILED;
  }
}
