package dossier.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions from I/O and parsers into the one-line reasons users see. */
final class Reasons {
  private static final int MAX_LENGTH = 200;

  private Reasons() {}

  /**
   * The first line of the innermost message in the cause chain (parsers wrap the specific
   * failure in generic ones), or the exception's simple name.
   */
  static String of(Throwable e) {
    // These carry only the path as their message, which the caller already names.
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
  }
}
