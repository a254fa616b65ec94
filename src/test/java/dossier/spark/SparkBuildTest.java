package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.Dossier;
import dossier.Shared;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample reports built on Spark ({@code local[2]}) and on the build's own threads. */
class SparkBuildTest {
  @TempDir static Path dir;
  static SparkEngine spark;
  static BuildSummary inProcess;
  static BuildSummary onSpark;
  static JsonNode inProcessExport;
  static JsonNode sparkExport;

  @BeforeAll
  static void buildBothWays() throws Exception {
    spark = new SparkEngine("local[2]");
    try (Dossier dossier = Dossier.builder().database(dir.resolve("threads.db")).build()) {
      inProcess = dossier.build(List.of(Shared.samples()), BuildListener.NONE);
      inProcessExport = export(dossier);
    }
    try (Dossier dossier = onSpark()) {
      onSpark = dossier.build(List.of(Shared.samples()), BuildListener.NONE);
      sparkExport = export(dossier);
    }
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void sparkBuildExportsTheSameKnowledgeAsTheInProcessBuild() {
    JsonNode expected = IdFreeExport.of(inProcessExport);
    JsonNode actual = IdFreeExport.of(sparkExport);
    assertTrue(expected.get("claims").size() > 10 && expected.get("entities").size() > 10,
        "too little knowledge to compare: " + inProcess);
    for (String section : List.of("documents", "entities", "claims", "events", "quantities",
        "clusters", "contradictions", "timeline")) {
      List<String> diff = IdFreeExport.differences(expected, actual, section);
      assertTrue(diff.isEmpty(), section + ":\n" + String.join("\n", diff));
    }
    assertEquals(expected, actual);
  }

  @Test
  void sparkBuildAddsAndSkipsWhatTheInProcessBuildDoes() {
    assertTrue(onSpark.added() >= 3, onSpark.toString());
    assertEquals(inProcess.added(), onSpark.added());
    assertEquals(inProcess.skipped(), onSpark.skipped());
    assertEquals(inProcess.tokens(), onSpark.tokens());
  }

  @Test
  void rebuildingOnSparkAddsNothing() throws Exception {
    try (Dossier dossier = onSpark()) {
      BuildSummary again = dossier.build(List.of(Shared.samples()), BuildListener.NONE);
      assertEquals(0, again.added());
      assertEquals(onSpark.added(), again.alreadyStored());
    }
  }

  private static Dossier onSpark() {
    return Dossier.builder().database(dir.resolve("spark.db")).engine(spark).build();
  }

  private static JsonNode export(Dossier dossier) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dossier.exportJson(out);
    return new ObjectMapper().readTree(out.toByteArray());
  }
}
