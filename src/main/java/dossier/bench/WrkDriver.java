package dossier.bench;

import dossier.model.Resource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Load from Debian's {@code wrk}, in a process of its own: one wrk thread (it needs far less
 * than a core) keeps one connection per client busy, each sending its next request as soon as
 * the last is answered, through a script that sends the paths in order (see {@code paths.lua}).
 * The requests still under way when the last path is answered (fewer than the clients) start
 * the list again, and those answered in the same instant are timed too. The CPU per request
 * counts this process's (the server's) and wrk's.
 */
final class WrkDriver implements LoadDriver {
  private static final String SCRIPT = "/dossier/bench/paths.lua";
  /** How long wrk may take at the slowest, in seconds per request, beyond a minute. */
  private static final double CAP_PER_REQUEST = 0.05;

  private final Path wrk;
  private final String base;

  /** @param base the server's address, ending in a slash */
  WrkDriver(Path wrk, String base) {
    this.wrk = wrk;
    this.base = base;
  }

  @Override
  public String describe() {
    return "wrk (" + wrk + "), one thread, one connection per client, in a process of its own";
  }

  @Override
  public Latencies send(List<String> paths, int clients) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("dossier-wrk");
    try {
      Path script = dir.resolve("paths.lua");
      Path list = dir.resolve("paths.txt");
      Files.write(script, Resource.bytes(SCRIPT));
      Files.write(list, paths, StandardCharsets.UTF_8);
      long cap = 60 + (long) Math.ceil(paths.size() * CAP_PER_REQUEST);
      Stopwatch server = new Stopwatch();
      String out = run(List.of(wrk.toString(), "-t1", "-c" + clients, "-d" + cap + "s",
          "--timeout", cap + "s", "--latency", "-s", script.toString(), base, list.toString()));
      return WrkOutput.latencies(out, paths.size(), server.cpuSeconds());
    } finally {
      Files.deleteIfExists(dir.resolve("paths.lua"));
      Files.deleteIfExists(dir.resolve("paths.txt"));
      Files.deleteIfExists(dir);
    }
  }

  /** wrk's standard output; ends the run with SIGINT, as Ctrl-C does, once all are answered. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder out = new StringBuilder();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.append(line).append('\n');
        if (line.equals(WrkOutput.ALL_ANSWERED)) {
          interrupt(p);
        }
      }
      if (p.waitFor() != 0) {
        throw new IOException("wrk failed (exit status " + p.exitValue() + "):\n" + out);
      }
      return out.toString();
    } finally {
      p.destroy();
    }
  }

  /** SIGINT, which Java cannot send itself: wrk then prints its figures and ends. */
  private static void interrupt(Process p) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("sh", "-c", "kill -INT " + p.pid()).inheritIO().start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("cannot end wrk (pid " + p.pid() + ")");
    }
  }
}
