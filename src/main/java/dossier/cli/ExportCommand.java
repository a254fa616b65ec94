package dossier.cli;

import dossier.Dossier;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the knowledge base in an exchange format (JSON: the version 1 contract).")
final class ExportCommand implements Callable<Integer> {

  /** Formats this version writes. */
  enum Format { json }

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE})")
  Path db = Dossier.DEFAULT_DATABASE;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "one of: ${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "file to write (default: standard output)")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(db)) {
      System.err.println("dossier: no knowledge base at " + db + " (run 'dossier build' first)");
      return ExitCodes.FAILED;
    }
    try (Dossier dossier = Dossier.builder().database(db).build();
        OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
      OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      dossier.exportJson(buffered);
      buffered.flush();
    }
    return ExitCodes.OK;
  }

  /** Standard output stays open for whoever prints after us. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
