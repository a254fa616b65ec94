package dossier.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints the one results table: a row per extractor, segment scores, speed on one core (by the
 * extracting thread's CPU time), failures, metadata hits, and speed by the wall clock.
 */
final class ResultTable {
  private static final String ROW = "%-16s %6s %6s %6s %6s %9s %8s %10s %12s %11s %13s %10s";

  private final List<ResultRow> rows;

  ResultTable(List<ResultRow> rows) {
    this.rows = List.copyOf(rows);
  }

  void print(String heading, PrintStream out) {
    out.println(heading);
    line(out, "extractor", "P", "R", "F1", "Acc", "CPU pg/s", "crashed",
        "timed out", "title" + goldCount(MetadataScore::title),
        "date" + goldCount(MetadataScore::date), "author" + goldCount(MetadataScore::author),
        "wall pg/s");
    for (ResultRow row : rows) {
      SegmentScore s = row.segments();
      MetadataScore m = row.metadata();
      line(out, row.name(), num(s.precision()), num(s.recall()), num(s.f1()),
          num(s.accuracy()), speed(row.pagesPerCpuSecond()), row.crashes(), row.timeouts(),
          m == null ? "-" : num(m.title().rate()), m == null ? "-" : num(m.date().rate()),
          m == null ? "-" : num(m.author().rate()), speed(row.pagesPerWallSecond()));
    }
  }

  private static void line(PrintStream out, Object... cells) {
    out.println(String.format(Locale.ROOT, ROW, cells).stripTrailing());
  }

  /** " n=845": how many pages have that gold field, taken from any row that scores metadata. */
  private String goldCount(java.util.function.Function<MetadataScore, MetadataScore.Tally> field) {
    return rows.stream().map(ResultRow::metadata).filter(m -> m != null).findFirst()
        .map(m -> " n=" + field.apply(m).total()).orElse("");
  }

  private static String speed(double pagesPerSecond) {
    return String.format(Locale.ROOT, "%.1f", pagesPerSecond);
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
