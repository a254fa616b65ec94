package dossier.model;

import java.util.Objects;

/** An input that was not used, with the reason, for the build summary. */
public record Skipped(String origin, String reason) {
  public Skipped {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return origin + ": " + reason;
  }
}
