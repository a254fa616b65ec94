package dossier;

import dossier.DocumentPipeline.Outcome;
import dossier.model.RawDoc;
import java.util.List;

/**
 * Runs the per-document stages somewhere other than the build's own threads, such as an Apache
 * Spark cluster. The build still reads the files and stores the outcomes itself, one document a
 * transaction, so the store and what follows (lineage, entity resolution) do not depend on where
 * documents were analysed.
 */
public interface DocumentEngine extends AutoCloseable {

  /** Documents handed over at once: the work a crash can lose, and what the engine holds. */
  int batchSize();

  /**
   * Runs {@code pipeline} over each document.
   *
   * @return one outcome per document, in input order
   */
  List<Outcome> process(List<RawDoc> docs, DocumentPipeline pipeline);

  @Override
  void close();
}
