package dossier.cli;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.DocumentEngine;
import dossier.Dossier;
import dossier.model.Skipped;
import dossier.spark.SparkEngine;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Ingests files and folders of reports into the knowledge base.",
        "Rerunning on the same paths is idempotent and resumes an interrupted build;"
            + " a bad file is reported and skipped."})
final class BuildCommand implements Callable<Integer> {

  /** Where documents are analysed. */
  enum Engine { threads, spark }

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE})")
  Path db = Dossier.DEFAULT_DATABASE;

  @Option(names = "--threads", paramLabel = "N", description = "documents annotated at once")
  Integer threads;

  @Option(names = "--annotators", paramLabel = "LIST",
      description = "CoreNLP annotators (default: tokenize,ssplit,pos,lemma,ner,depparse)")
  String annotators;

  @Option(names = "--engine", paramLabel = "NAME", description = {
      "threads: this JVM's threads (default); spark: a Spark job, whose jars ./dossier then adds"})
  Engine engine = Engine.threads;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for --engine spark: local[N], spark://HOST:PORT … (default: local[*])")
  String master;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders (.txt .html .pdf .docx …)")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        System.err.println("dossier: no such file or folder: " + p);
        return ExitCodes.FAILED;
      }
    }
    Dossier.Builder builder = Dossier.builder().database(db);
    if (threads != null) {
      builder.threads(threads);
    }
    if (annotators != null) {
      builder.annotators(annotators);
    }
    DocumentEngine documents;
    try {
      documents = documentEngine();
    } catch (NoClassDefFoundError e) {
      System.err.println("dossier: --engine spark needs Spark's jars on the class path, as ./dossier"
          + " puts them (missing " + e.getMessage() + ")");
      return ExitCodes.FAILED;
    }
    if (documents != null) {
      builder.engine(documents);
    }
    BuildSummary summary;
    try (documents; Dossier dossier = builder.build(); Progress progress = Progress.forTerminal()) {
      summary = dossier.build(paths, progress);
    }
    print(summary, System.out);
    boolean nothingUsable = summary.files() > 0 && summary.added() + summary.alreadyStored() == 0;
    return nothingUsable ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** A Spark context for the spark engine; null for the build's own threads. */
  private DocumentEngine documentEngine() {
    if (engine != Engine.spark) {
      if (master != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--master needs --engine spark");
      }
      return null;
    }
    return new SparkEngine(master == null ? SparkEngine.LOCAL : master);
  }

  private void print(BuildSummary s, PrintStream out) {
    out.printf(Locale.ROOT, "Built %s in %.1f s: %d files, %d added, %d already stored, %d skipped%n",
        db, s.seconds(), s.files(), s.added(), s.alreadyStored(), s.skipped().size());
    for (Skipped skipped : s.skipped()) {
      out.println("  skipped " + skipped);
    }
    if (s.notAnnotated() > 0) {
      out.printf("  %d documents stored without language analysis (no pipeline for their language)%n",
          s.notAnnotated());
    }
    // Spark's executors load the models themselves, within the time of analysis.
    String load = engine == Engine.spark ? ""
        : String.format(Locale.ROOT, " (models loaded in %.1f s)", s.loadSeconds());
    out.printf(Locale.ROOT, "Knowledge base: %d documents, %d entities, %d claims;"
        + " %,d tokens at %,.0f tokens/s%s%n", s.documents(), s.entities(), s.claims(), s.tokens(),
        s.tokensPerSecond(), load);
  }

  /** A progress bar on a terminal; silence otherwise, where skips are logged line by line. */
  private abstract static class Progress implements BuildListener, AutoCloseable {
    static Progress forTerminal() {
      return System.console() != null ? new Bar() : new Log();
    }

    @Override
    public void close() {}
  }

  private static final class Log extends Progress {
    @Override
    public void skipped(Skipped s) {
      System.err.println("skipped " + s);
    }
  }

  private static final class Bar extends Progress {
    private me.tongfei.progressbar.ProgressBar bar;

    @Override
    public void started(int files) {
      bar = new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("Building")
          .setInitialMax(files).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .setUpdateIntervalMillis(500).build();
    }

    @Override
    public void done(String origin) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void resolving() {
      if (bar != null) {
        bar.setExtraMessage("resolving entities");
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
