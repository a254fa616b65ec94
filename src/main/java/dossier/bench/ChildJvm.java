package dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one leg in a fresh JVM on this one's class path, one at a time, and reads back its
 * figures; its other output goes to the log.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** Runs the leg in a JVM whose heap is capped at {@code heap} (a -Xmx size such as 5g). */
  static Figures run(LegSpec spec, String heap, PrintStream log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    command.addAll(vmOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        BenchLeg.class.getName()));
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

  /**
   * This JVM's {@code -XX} options, so that a leg runs as the launcher runs batch commands (with
   * the parallel collector; see {@code dossier}) or as the user's {@code DOSSIER_JAVA_OPTS} say.
   */
  private static List<String> vmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-XX:")).toList();
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
