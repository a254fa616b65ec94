package dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Groups built by joining pairs, where a join by likeness is refused unless every member of one
 * group is at least loosely like every member of the other: plain union-find chains A to C
 * through B although A and C say different things.
 */
final class CohesiveGroups<T> {
  private final Map<T, T> parent = new HashMap<>();
  private final Map<T, List<T>> members = new HashMap<>();

  CohesiveGroups(List<T> items) {
    for (T t : items) {
      parent.put(t, t);
      members.put(t, new ArrayList<>(List.of(t)));
    }
  }

  /** Joins the groups of a and b if each pair across them passes {@code alike}. */
  void joinIfCohesive(T a, T b, BiPredicate<T, T> alike) {
    T ra = root(a);
    T rb = root(b);
    if (ra.equals(rb)) {
      return;
    }
    for (T x : members.get(ra)) {
      for (T y : members.get(rb)) {
        if (!alike.test(x, y)) {
          return;
        }
      }
    }
    union(ra, rb);
  }

  /** Joins the groups of a and b whatever their members say: for joins by a shared key. */
  void join(T a, T b) {
    T ra = root(a);
    T rb = root(b);
    if (!ra.equals(rb)) {
      union(ra, rb);
    }
  }

  /** The groups in the order their first member has in {@code order}. */
  List<List<T>> groups(List<T> order) {
    Map<T, List<T>> out = new LinkedHashMap<>();
    for (T t : order) {
      out.computeIfAbsent(root(t), k -> new ArrayList<>()).add(t);
    }
    return new ArrayList<>(out.values());
  }

  private void union(T ra, T rb) {
    T big = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
    T small = big == ra ? rb : ra;
    parent.put(small, big);
    members.get(big).addAll(members.remove(small));
  }

  private T root(T t) {
    T p = parent.get(t);
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    parent.put(t, p);
    return p;
  }
}
