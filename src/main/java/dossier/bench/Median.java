package dossier.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The middle of a few repeated timings: what the bench prints of them, slow spells aside. */
final class Median {
  private Median() {}

  /** The item whose figure is the median (of an even count, the upper middle one). */
  static <T> T of(List<T> items, ToDoubleFunction<T> figure) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no timings to take the median of");
    }
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble(figure));
    return sorted.get(sorted.size() / 2);
  }

  /** The median of the items' figures. */
  static <T> double value(List<T> items, ToDoubleFunction<T> figure) {
    return figure.applyAsDouble(of(items, figure));
  }
}
