package dossier.cli;

/** Exit statuses of the command line. */
final class ExitCodes {
  static final int OK = 0;
  /** The command ran but its input was unusable, or the store failed. */
  static final int FAILED = 1;
  /** The command line itself was wrong. */
  static final int USAGE = 2;
  /** The Spark job of {@code build --engine spark} failed; what was stored before stays. */
  static final int SPARK = 3;
  /** Dossier has a bug: the stack trace follows the one-line message. */
  static final int BUG = 70;

  private ExitCodes() {}
}
