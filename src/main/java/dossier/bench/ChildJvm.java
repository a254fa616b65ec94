package dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one leg in a fresh JVM on this one's class path, one at a time, and reads back its
 * figures; its other output goes to the log.
 */
final class ChildJvm {
  /** CoreNLP's full stack with coreference needs about 4 GiB; the surefire and CLI JVMs use 5-6. */
  private static final String HEAP = "-Xmx5g";

  private ChildJvm() {}

  static Figures run(LegSpec spec, PrintStream log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-cp", System.getProperty("java.class.path"), BenchLeg.class.getName()));
    command.addAll(spec.toArgs());
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Figures figures = new Figures();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        figures.read(line);
        if (!Figures.isFigure(line)) {
          log.println(line);
        }
      }
    }
    int status = waitFor(process);
    if (status != 0 || figures.isEmpty()) {
      throw new IOException("bench leg " + spec.leg() + " failed (exit status " + status + ")");
    }
    return figures;
  }

  private static int waitFor(Process process) throws IOException {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("bench interrupted", e);
    }
  }
}
