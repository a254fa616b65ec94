package dossier.extract;

import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Walks a sentence's dependency tree. Shared by the finders in this package. */
final class Trees {
  private Trees() {}

  /** Indexes of the children of {@code head} attached by one of {@code relations} (prefix match on "rel:"). */
  static List<Integer> children(Sentence s, int head, Set<String> relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (relations.contains(d.relation()) || relations.contains(base(d.relation()))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first child by one of {@code relations}, or -1. */
  static int child(Sentence s, int head, Set<String> relations) {
    List<Integer> c = children(s, head, relations);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** The relation name without its subtype: "obl:tmod" gives "obl". */
  static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** Token indexes of the subtree under {@code head}, including it, skipping subtrees under {@code cut}. */
  static List<Integer> subtree(Sentence s, int head, Set<Integer> cut) {
    List<Integer> out = new ArrayList<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (out.contains(t) || (t != head && cut.contains(t))) {
        continue;
      }
      out.add(t);
      for (Dependency d : s.children(t)) {
        todo.push(d.dependent());
      }
    }
    out.sort(null);
    return out;
  }

  /** Tokens reachable from {@code head} (included) down the edges {@code follow} accepts. */
  static List<Integer> reach(Sentence s, int head, Predicate<Dependency> follow) {
    List<Integer> out = new ArrayList<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (!out.contains(t)) {
        out.add(t);
        for (Dependency d : s.children(t)) {
          if (follow.test(d)) {
            todo.push(d.dependent());
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The character span from the first to the last token of the subtree under {@code head}. */
  static Span subtreeSpan(Sentence s, int head, Set<Integer> cut) {
    List<Integer> idx = subtree(s, head, cut);
    return new Span(s.token(idx.get(0)).span().start(), s.token(idx.get(idx.size() - 1)).span().end());
  }

  /** The character span of tokens {@code first..last} (inclusive). */
  static Span span(Sentence s, int first, int last) {
    return new Span(s.token(first).span().start(), s.token(last).span().end());
  }

  /** The token whose span covers {@code offset}, or null. */
  static Token tokenAt(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t;
      }
    }
    return null;
  }
}
