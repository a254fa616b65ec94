package dossier.spark;

import dossier.DocumentPipeline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;

/**
 * The task Spark ships to its workers: a document's JSON in, its outcome's JSON out. It carries
 * only the annotator list; each worker JVM builds its pipeline once and shares it among tasks
 * (the language models load once per JVM, not per task).
 */
final class ProcessDocument implements Function<String, String> {
  private static final long serialVersionUID = 1L;
  private static final Map<String, DocumentPipeline> PIPELINES = new ConcurrentHashMap<>();

  private final String annotators;

  ProcessDocument(String annotators) {
    this.annotators = annotators;
  }

  @Override
  public String call(String rawJson) {
    DocumentPipeline pipeline = PIPELINES.computeIfAbsent(annotators, DocumentPipeline::new);
    return OutcomeJson.writeOutcome(pipeline.processSafely(OutcomeJson.readRaw(rawJson)));
  }
}
