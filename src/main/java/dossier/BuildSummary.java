package dossier;

import dossier.model.Skipped;
import java.util.List;
import java.util.Objects;

/**
 * What a build did.
 *
 * @param files inputs tried
 * @param added documents stored by this build
 * @param alreadyStored inputs found already in the store (a rebuild or a resumed build)
 * @param skipped inputs not used, with their reasons
 * @param notAnnotated documents stored without language analysis (a language with no pipeline)
 * @param documents documents in the store after the build
 * @param entities resolved entities in the store
 * @param claims claims in the store
 * @param tokens tokens annotated by this build
 * @param loadSeconds wall-clock seconds spent loading the language models (0 when not needed)
 * @param annotateSeconds wall-clock seconds spent reading, annotating, extracting and storing
 *     documents, model loading aside
 * @param seconds wall-clock seconds of the whole build
 */
public record BuildSummary(int files, int added, int alreadyStored, List<Skipped> skipped,
    int notAnnotated, long documents, long entities, long claims, long tokens,
    double loadSeconds, double annotateSeconds, double seconds) {

  public BuildSummary {
    skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
  }

  /** Tokens annotated per second of annotation, or 0 when none were. */
  public double tokensPerSecond() {
    return annotateSeconds > 0 ? tokens / annotateSeconds : 0;
  }
}
