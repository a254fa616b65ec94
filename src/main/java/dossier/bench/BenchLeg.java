package dossier.bench;

/**
 * The entry point of one leg's JVM: runs the leg named by the first argument and prints its
 * {@link Figures}. A fresh JVM per leg keeps one pipeline's models and JIT warm-up out of the
 * other's heap and timing.
 */
public final class BenchLeg {
  private BenchLeg() {}

  public static void main(String[] args) throws Exception {
    LegSpec spec = LegSpec.parse(args);
    Figures figures = switch (spec.leg()) {
      case "stock" -> new StockLeg(spec).run();
      case "build" -> new BuildLeg(spec).run();
      case "incremental" -> new IncrementalLeg(spec).run();
      default -> throw new IllegalArgumentException("no bench leg " + spec.leg());
    };
    figures.print(System.out);
  }
}
