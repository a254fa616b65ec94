package dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order of what a round times one after the other: turned every other round, so that none
 * always goes first (into a JIT or a machine that the one before it left warmer or busier).
 */
final class Turns {
  private Turns() {}

  /** {@code items} as given in even rounds, reversed in odd ones. */
  static <T> List<T> of(List<T> items, int round) {
    List<T> order = new ArrayList<>(items);
    if (round % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }
}
