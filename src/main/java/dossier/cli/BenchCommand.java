package dossier.cli;

import dossier.bench.Bench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchApiCommand.class,
    description = {"Times CoreNLP's stock full stack against Dossier's default build on the same",
        "documents (tokens/s, documents/s, peak heap, one and two threads), scores attribution on",
        "PolNeAR dev through both, and times adding a report to an empty and to a large store.",
        "One table on standard output; each leg runs in a fresh JVM, one at a time."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "reports to time (default: SHARED/samples and ./examples)")
  List<Path> corpus;

  @Option(names = "--polnear-limit", defaultValue = "20", paramLabel = "N",
      description = "PolNeAR dev articles to score attribution on; 0 for none (default: ${DEFAULT-VALUE})")
  int polnearLimit;

  @Option(names = "--store-reports", defaultValue = "100000", paramLabel = "N",
      description = "synthetic reports in the large store (default: ${DEFAULT-VALUE})")
  int storeReports;

  @Option(names = "--only", paramLabel = "LEG",
      description = "run one leg alone; only 'incremental' (adding a report to an empty and to a"
          + " large store) stands alone")
  String only;

  @Option(names = "--heap", defaultValue = "5g", paramLabel = "SIZE",
      description = "each leg's maximum heap, as for -Xmx (default: ${DEFAULT-VALUE})")
  String heap;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "the shared data folder (default: $DOSSIER_SHARED, ../shared, /work/shared)")
  Path shared;

  @Override
  public Integer call() throws IOException {
    if (!heap.matches("[0-9]+[kKmMgG]?")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--heap must be a size such as 5g");
    }
    if (polnearLimit < 0 || storeReports < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--polnear-limit and --store-reports must be 0 or more");
    }
    List<Path> paths = corpus != null ? corpus : Bench.defaultCorpus(shared);
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such corpus");
      }
    }
    Bench bench = new Bench(paths, polnearLimit, storeReports, shared, heap);
    if (only == null) {
      bench.run(System.out, System.err);
    } else if (only.equals("incremental")) {
      bench.runIncremental(System.out, System.err);
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--only takes 'incremental': " + only);
    }
    return ExitCodes.OK;
  }
}
