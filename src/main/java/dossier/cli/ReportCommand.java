package dossier.cli;

import dossier.Dossier;
import dossier.export.BriefWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Prints the analyst brief: key actors, main claims with their independent",
        "origins, disputes and a timeline, every line citing its evidence."})
final class ReportCommand implements Callable<Integer> {

  /** Formats of the brief. */
  enum Format { md, html }

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE})")
  Path db = Dossier.DEFAULT_DATABASE;

  @Option(names = "--format", paramLabel = "FORMAT", description = "md or html (default: ${DEFAULT-VALUE})")
  Format format = Format.md;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(db)) {
      System.err.println("dossier: no knowledge base at " + db + " (run 'dossier build' first)");
      return ExitCodes.FAILED;
    }
    try (Dossier dossier = Dossier.builder().database(db).build()) {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      dossier.report(format == Format.html ? BriefWriter.Format.HTML : BriefWriter.Format.MD, out);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
