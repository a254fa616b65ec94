package dossier.ingest;

import java.nio.file.Path;

/** An input file that cannot be used; the message names the file and the reason on one line. */
public class IngestException extends Exception {
  private final String origin;
  private final String reason;

  public IngestException(Path file, String reason) {
    this(file.toString(), reason, null);
  }

  public IngestException(String origin, String reason, Throwable cause) {
    super(origin + ": " + reason, cause);
    this.origin = origin;
    this.reason = reason;
  }

  public String origin() {
    return origin;
  }

  public String reason() {
    return reason;
  }
}
