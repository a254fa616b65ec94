package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.DocumentEngine;
import dossier.DocumentPipeline;
import dossier.DocumentPipeline.Outcome;
import dossier.Dossier;
import dossier.model.RawDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark job failing halfway through a build keeps what earlier jobs stored. */
class FailedJobTest {
  /** Enough for extraction to run; these load in seconds. */
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";

  /** Analyses one document a batch in process, and fails the batches after {@code jobs}. */
  private static final class FailingAfter implements DocumentEngine {
    private int jobs;

    FailingAfter(int jobs) {
      this.jobs = jobs;
    }

    @Override
    public int batchSize() {
      return 1;
    }

    @Override
    public List<Outcome> process(List<RawDoc> docs, DocumentPipeline pipeline) {
      if (jobs-- <= 0) {
        throw SparkFailures.of("spark://cluster.example:7077",
            new IllegalStateException("Cannot call methods on a stopped SparkContext."));
      }
      return docs.stream().map(pipeline::processSafely).toList();
    }

    @Override
    public void close() {}
  }

  @Test
  void keepsTheReportsOfJobsBeforeTheFailureAndResumes(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    Files.writeString(reports.resolve("a.txt"), "The mayor said on Monday that the new bridge"
        + " over the river would open in the spring, after two years of works.");
    Files.writeString(reports.resolve("b.txt"), "Farmers told reporters that the harvest was"
        + " late this year because the rains came in August rather than in June.");
    Path db = dir.resolve("k.db");
    try (Dossier dossier = build(db, new FailingAfter(1))) {
      assertThrows(SparkJobException.class,
          () -> dossier.build(List.of(reports), BuildListener.NONE));
      assertEquals(1, dossier.store().counts().documents());
    }
    try (Dossier dossier = build(db, new FailingAfter(Integer.MAX_VALUE))) {
      BuildSummary again = dossier.build(List.of(reports), BuildListener.NONE);
      assertEquals(1, again.alreadyStored());
      assertEquals(1, again.added());
    }
  }

  private static Dossier build(Path db, DocumentEngine engine) {
    return Dossier.builder().database(db).annotators(ANNOTATORS).engine(engine).build();
  }
}
