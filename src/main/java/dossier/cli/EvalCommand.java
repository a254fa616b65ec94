package dossier.cli;

import dossier.eval.AttributionEval;
import dossier.eval.ExtractionEval;
import dossier.eval.LineFit;
import dossier.eval.Part;
import java.util.Locale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier eval}: scores Dossier's stages on public gold sets, beside peer tools. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores Dossier on the public gold sets in shared/eval, beside peer tools.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Attribution.class,
        EvalCommand.FitLines.class})
final class EvalCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"Scores main-text extraction on trafilatura's benchmark.",
          "Dossier (HTML and text input), readability4j, boilerpipe, crux and a raw-text baseline,",
          "on the same pages: one table on standard output, progress on standard error."})
  static final class Extraction implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--set", defaultValue = "trafilatura", paramLabel = "NAME",
        description = "gold set under SHARED/eval/NAME-eval (default: ${DEFAULT-VALUE})")
    String set;

    @Option(names = "--part", defaultValue = "all", paramLabel = "PART",
        converter = PartConverter.class,
        description = {"dev, test or all (default: ${DEFAULT-VALUE}): the set is split in two",
            "fixed halves by the CRC-32 of each page's file name (even: dev, odd: test);",
            "study errors on dev only and report test"})
    Part part;

    @Mixin GoldData data;

    @Override
    public Integer call() throws IOException {
      data.check(spec.commandLine());
      new ExtractionEval().run(data.shared, set, part, data.limit, System.out, System.err);
      return ExitCodes.OK;
    }
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Claims (source, cue, content) on PolNeAR's attribution gold: exact and overlap",
          "P/R/F1 per role, source accuracy on matched claims and speed, one table on standard output."})
  static final class Attribution implements Callable<Integer> {
    @Option(names = "--split", defaultValue = "dev", paramLabel = "NAME",
        description = "PolNeAR split under SHARED/eval/polnear: dev or train (default: ${DEFAULT-VALUE})")
    String split;

    @Mixin GoldData data;

    @Override
    public Integer call() throws IOException {
      data.check(new CommandLine(this));
      if (!AttributionEval.SPLITS.contains(split)) {
        throw new CommandLine.ParameterException(new CommandLine(this),
            "--split must be one of " + AttributionEval.SPLITS);
      }
      new AttributionEval().run(data.shared, split, data.limit, System.out, System.err);
      return ExitCodes.OK;
    }
  }

  @Command(name = "fit-lines", mixinStandardHelpOptions = true,
      description = {"Refits the plain-text cleaner's line model on trafilatura's benchmark",
          "flattened to text, and writes its weights where the cleaner reads them.",
          "Rebuild, then score it with: eval extraction --part test."})
  static final class FitLines implements Callable<Integer> {
    @Option(names = "--part", defaultValue = "dev", paramLabel = "PART",
        converter = PartConverter.class,
        description = "the part to fit on (default: ${DEFAULT-VALUE}); the other is held out")
    Part part;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources/dossier/clean/line-model.tsv",
        description = "where to write the weights (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--shared", paramLabel = "DIR",
        description = "the shared data folder (default: $DOSSIER_SHARED, ../shared, /work/shared)")
    Path shared;

    @Override
    public Integer call() throws IOException {
      new LineFit().run(shared, part, out, System.out, System.err);
      return ExitCodes.OK;
    }
  }

  /** Reads dev, test or all, in any case. */
  static final class PartConverter implements CommandLine.ITypeConverter<Part> {
    @Override
    public Part convert(String value) {
      try {
        return Part.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected dev, test or all, not '" + value + "'");
      }
    }
  }

  /** The options every evaluation takes: where the gold data is and how much of it to score. */
  static final class GoldData {
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
        description = "score only the first N items, in file order (default: all)")
    int limit;

    @Option(names = "--shared", paramLabel = "DIR",
        description = "the shared data folder (default: $DOSSIER_SHARED, ../shared, /work/shared)")
    Path shared;

    void check(CommandLine cmd) {
      if (limit < 0) {
        throw new CommandLine.ParameterException(cmd, "--limit must be 0 or more");
      }
    }
  }
}
