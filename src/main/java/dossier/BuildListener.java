package dossier;

import dossier.model.Skipped;

/** Hears how a build goes, for a progress bar or a log. Calls come from the building thread. */
public interface BuildListener {

  /** The inputs are listed: {@code files} documents will be tried. */
  default void started(int files) {}

  /** One input is finished: stored, found already stored, or skipped. */
  default void done(String origin) {}

  /** An input was not used, and why. */
  default void skipped(Skipped skipped) {}

  /** Cross-document resolution has begun (after the last document). */
  default void resolving() {}

  /** A listener that ignores everything. */
  BuildListener NONE = new BuildListener() {};
}
