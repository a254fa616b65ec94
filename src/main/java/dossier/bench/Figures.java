package dossier.bench;

import dossier.eval.AttributionFigures;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The named numbers one leg measured. A leg runs in its own JVM and prints them on standard
 * output as {@code BENCH name value} lines, which the parent reads back.
 */
final class Figures {
  static final String LOAD = "load.s";
  static final String HEAP = "heap.mib";
  static final String DOCUMENTS = "documents";
  static final String TOKENS = "tokens";
  static final String WALL = "wall.s";
  static final String CPU = "cpu.s";
  /** Of the timed pass: the JIT compiler's time, and the collectors' pauses. */
  static final String JIT = "jit.s";
  static final String GC = "gc.s";
  /** Of a many-thread build: the median over timed rounds of (one-thread wall clock / its own). */
  static final String ROUND_RATIO = "round.ratio";
  /** Untimed passes run before the timed one; see {@link WarmUp}. */
  static final String WARM_UP = "warmup.passes";
  /** A build's wall clock for reading, analysing and storing documents, resolution aside. */
  static final String DOCUMENT_WALL = "documents.wall.s";
  static final String ARTICLES = "attribution.articles";
  static final String GOLD = "attribution.gold";
  static final String PREDICTED = "attribution.predicted";
  static final String CONTENT_F1 = "attribution.content.f1";
  static final String SOURCE_F1 = "attribution.source.f1";
  static final String CUE_F1 = "attribution.cue.f1";
  static final String SOURCE_ACCURACY = "attribution.source.accuracy";

  private static final String PREFIX = "BENCH ";
  private static final String SCOPE = ".";

  private final Map<String, Double> values = new LinkedHashMap<>();

  void put(String name, double value) {
    values.put(name, value);
  }

  void putAll(Figures other) {
    values.putAll(other.values);
  }

  /** Documents and tokens annotated in the time since {@code run} started. */
  void speed(long documents, long tokens, Stopwatch run) {
    put(WALL, run.wallSeconds());
    put(CPU, run.cpuSeconds());
    put(JIT, run.jitSeconds());
    put(GC, run.gcSeconds());
    put(DOCUMENTS, documents);
    put(TOKENS, tokens);
  }

  void attribution(AttributionFigures a) {
    put(ARTICLES, a.articles());
    put(GOLD, a.gold());
    put(PREDICTED, a.predicted());
    put(CONTENT_F1, a.contentF1());
    put(SOURCE_F1, a.sourceF1());
    put(CUE_F1, a.cueF1());
    put(SOURCE_ACCURACY, a.sourceAccuracy());
  }

  /**
   * These figures named within {@code scope} ({@code threads.2.wall.s}), for a leg that measures
   * several configurations in one JVM.
   */
  Figures scoped(String scope) {
    Figures out = new Figures();
    values.forEach((name, value) -> out.put(scope + SCOPE + name, value));
    return out;
  }

  /** The figures named within {@code scope}, under their own names. */
  Figures in(String scope) {
    Figures out = new Figures();
    String prefix = scope + SCOPE;
    values.forEach((name, value) -> {
      if (name.startsWith(prefix)) {
        out.put(name.substring(prefix.length()), value);
      }
    });
    return out;
  }

  /** The value, or NaN when the leg did not measure it. */
  double get(String name) {
    return values.getOrDefault(name, Double.NaN);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  void print(PrintStream out) {
    values.forEach((name, value) -> out.println(PREFIX + name + " " + Double.toString(value)));
    out.flush();
  }

  /** Reads a line a leg printed; lines that are not figures (a library's chatter) are ignored. */
  void read(String line) {
    if (isFigure(line)) {
      String[] parts = line.substring(PREFIX.length()).trim().split(" ");
      if (parts.length == 2) {
        values.put(parts[0], Double.parseDouble(parts[1]));
      }
    }
  }

  static boolean isFigure(String line) {
    return line.startsWith(PREFIX);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s", values);
  }
}
