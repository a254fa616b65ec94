package dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one leg of the bench is to do, passed to its JVM as arguments.
 *
 * @param leg which leg: {@code stock}, {@code build} or {@code incremental}
 * @param threads documents annotated at once; the build leg times one thread and this many in
 *     turn
 * @param polnearLimit PolNeAR dev articles to score attribution on; 0 for none
 * @param reports synthetic reports in the big store of the incremental leg
 * @param shared the shared data folder, or null for the usual places
 * @param corpus files and folders of the documents to measure on
 */
record LegSpec(String leg, int threads, int polnearLimit, int reports, Path shared,
    List<Path> corpus) {

  private static final String NONE = "-";

  LegSpec {
    corpus = List.copyOf(corpus);
  }

  List<String> toArgs() {
    List<String> args = new ArrayList<>(List.of(leg, Integer.toString(threads),
        Integer.toString(polnearLimit), Integer.toString(reports),
        shared == null ? NONE : shared.toString()));
    corpus.forEach(p -> args.add(p.toString()));
    return args;
  }

  static LegSpec parse(String[] args) {
    if (args.length < 6) {
      throw new IllegalArgumentException("usage: LEG THREADS POLNEAR REPORTS SHARED PATH...: "
          + Arrays.toString(args));
    }
    List<Path> corpus = Arrays.stream(args, 5, args.length).map(Path::of).toList();
    return new LegSpec(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), args[4].equals(NONE) ? null : Path.of(args[4]), corpus);
  }
}
