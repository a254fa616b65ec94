package dossier.spark;

import dossier.DocumentEngine;
import dossier.DocumentPipeline;
import dossier.DocumentPipeline.Outcome;
import dossier.model.RawDoc;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Analyses documents as Spark jobs: each batch of documents becomes one job of one task per
 * document, and the outcomes are collected back in input order for the build to store.
 * Settings beyond the master come from {@code spark.*} system properties, as Spark reads them.
 */
public final class SparkEngine implements DocumentEngine {

  /** The master unless told otherwise: every core of this machine. */
  public static final String LOCAL = "local[*]";

  /**
   * The class path that a cluster's executors need (Dossier's jar and its libraries, not
   * Spark's), as {@code ./dossier} sets it; shipped as {@code spark.jars} unless that is set.
   */
  public static final String JARS_PROPERTY = "dossier.jars";

  /** Enough to keep a cluster busy; small enough that the driver holds a batch with ease. */
  private static final int BATCH = 1_000;

  private final JavaSparkContext spark;

  /** Starts a Spark context on {@code master}: {@code local[N]}, {@code spark://host:port}, ... */
  public SparkEngine(String master) {
    SparkConf conf = new SparkConf().setAppName("dossier build").setMaster(master);
    if (master.startsWith("local")) {
      // Driver and executors share this JVM: no web UI, nothing listening beyond loopback.
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    } else {
      shipDossierJars(conf);
      // CoreNLP's models and parser need gigabytes, far above Spark's default of 1g.
      conf.setIfMissing("spark.executor.memory", "6g");
    }
    this.spark = new JavaSparkContext(conf);
  }

  @Override
  public int batchSize() {
    return BATCH;
  }

  @Override
  public List<Outcome> process(List<RawDoc> docs, DocumentPipeline pipeline) {
    List<String> in = docs.stream().map(OutcomeJson::writeRaw).toList();
    // One document a task: documents differ a hundredfold in length, so tasks balance the load.
    List<String> out = spark.parallelize(in, Math.max(1, in.size()))
        .map(new ProcessDocument(pipeline.annotators()))
        .collect();
    List<Outcome> outcomes = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      outcomes.add(OutcomeJson.readOutcome(out.get(i), docs.get(i)));
    }
    return outcomes;
  }

  @Override
  public void close() {
    spark.close();
  }

  private static void shipDossierJars(SparkConf conf) {
    String jars = System.getProperty(JARS_PROPERTY);
    if (jars != null && !jars.isBlank()) {
      conf.setIfMissing("spark.jars", String.join(",", jars.split(File.pathSeparator)));
    }
  }
}
