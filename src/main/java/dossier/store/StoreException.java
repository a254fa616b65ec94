package dossier.store;

import java.io.IOException;
import java.nio.file.Path;

/** The knowledge base file cannot be opened, read or written; the message names the file and why. */
public class StoreException extends IOException {
  private final Path file;
  private final String reason;

  public StoreException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  public String reason() {
    return reason;
  }
}
