package dossier.cli;

import dossier.Dossier;
import dossier.model.Correction;
import dossier.model.Entity;
import dossier.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Lists the resolved actors, or corrects resolution: 'merge' joins two names,",
        "'split' keeps them apart. Corrections are kept in the store across rebuilds."},
    subcommands = {EntitiesCommand.Merge.class, EntitiesCommand.Split.class})
final class EntitiesCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE})")
  Path db = Dossier.DEFAULT_DATABASE;

  @Option(names = "--type", paramLabel = "TYPE", description = "only this type: ${COMPLETION-CANDIDATES}")
  EntityType type;

  @Option(names = "--limit", paramLabel = "N", description = "at most N (default: ${DEFAULT-VALUE})")
  int limit = 50;

  @Override
  public Integer call() throws Exception {
    if (!exists(db)) {
      return ExitCodes.FAILED;
    }
    try (Dossier dossier = Dossier.builder().database(db).build()) {
      dossier.entities().stream().filter(e -> type == null || e.type() == type).limit(limit)
          .forEach(e -> System.out.println(line(e)));
    }
    return ExitCodes.OK;
  }

  private static String line(Entity e) {
    long reports = e.mentions().stream().map(Entity.At::doc).distinct().count();
    return String.format(Locale.ROOT, "%s\t%s\t%d mentions\t%d reports%s", e.name(),
        e.type(), e.mentions().size(), reports,
        e.aliases().isEmpty() ? "" : "\talso: " + String.join("; ", e.aliases()));
  }

  static boolean exists(Path db) {
    if (!Files.isRegularFile(db)) {
      System.err.println("dossier: no knowledge base at " + db + " (run 'dossier build' first)");
      return false;
    }
    return true;
  }

  /** Shared by merge and split: two names and the store. */
  abstract static class Correct implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE})")
    Path db = Dossier.DEFAULT_DATABASE;

    @Parameters(index = "0", paramLabel = "NAME", description = "one name, as written in a report")
    String a;

    @Parameters(index = "1", paramLabel = "OTHER", description = "the other name")
    String b;

    abstract Correction.Action action();

    @Override
    public Integer call() throws Exception {
      if (!exists(db)) {
        return ExitCodes.FAILED;
      }
      try (Dossier dossier = Dossier.builder().database(db).build()) {
        dossier.correct(new Correction(action(), a, b));
        System.out.println((action() == Correction.Action.MERGE ? "Merged " : "Split ") + a
            + " / " + b + "; " + dossier.entities().size() + " entities");
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Joins two names into one actor, in this and every later build.")
  static final class Merge extends Correct {
    @Override
    Correction.Action action() {
      return Correction.Action.MERGE;
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Keeps two names apart, in this and every later build.")
  static final class Split extends Correct {
    @Override
    Correction.Action action() {
      return Correction.Action.SPLIT;
    }
  }
}
