package dossier.extract;

import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * One sentence's enhanced dependency graph reduced to a tree. Enhanced edges give a token several
 * heads and close cycles (a relative clause points back at its antecedent), so a subtree walked on
 * the graph can swallow the whole sentence. Here a conjunct keeps its "conj" head (the copies of
 * the first conjunct's relation are the added edges) and every other token the head that reaches
 * it first from the root, which is its basic-tree head in nearly every case.
 */
final class ClaimTree {
  private static final java.util.Set<String> PUNCTUATION =
      java.util.Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP");

  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;

  ClaimTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n + 1];
    relation = new String[n + 1];
    Arrays.fill(head, -1);
    breadthFirstFromRoot(n);
    conjunctsUnderTheirFirst(n);
  }

  private void conjunctsUnderTheirFirst(int n) {
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent();
      int gov = d.governor();
      if (d.relation().startsWith("conj") && dep <= n && gov >= 1 && gov <= n
          && head[dep] != gov && !dominates(dep, gov)) {
        head[dep] = gov;
        relation[dep] = d.relation();
      }
    }
  }

  private void breadthFirstFromRoot(int n) {
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(0);
    while (!todo.isEmpty()) {
      int gov = todo.poll();
      for (Dependency d : sentence.dependencies()) {
        int dep = d.dependent();
        if (d.governor() == gov && dep >= 1 && dep <= n && head[dep] < 0) {
          head[dep] = gov;
          relation[dep] = d.relation();
          todo.add(dep);
        }
      }
    }
    for (int i = 1; i <= n; i++) {
      if (head[i] < 0) { // unattached punctuation and the like hang from the root
        head[i] = 0;
        relation[i] = "dep";
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.token(i);
  }

  int head(int i) {
    return head[i];
  }

  /** The relation to the head, with its subtype ("obl:according_to"). */
  String relation(int i) {
    return relation[i];
  }

  /** The relation to the head without its subtype. */
  String baseRelation(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  List<Integer> children(int gov) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < head.length; i++) {
      if (head[i] == gov) {
        out.add(i);
      }
    }
    return out;
  }

  /** Children attached by a relation whose base or full name is one of {@code relations}. */
  List<Integer> children(int gov, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (int c : children(gov)) {
      for (String r : relations) {
        if (r.equals(relation[c]) || r.equals(baseRelation(c))) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The first child by one of {@code relations}, or -1. */
  int child(int gov, String... relations) {
    List<Integer> c = children(gov, relations);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** Every head of {@code dep} in the enhanced graph by one of {@code relations} (base names). */
  List<Integer> enhancedHeads(int dep, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == dep && matches(d.relation(), relations)) {
        out.add(d.governor());
      }
    }
    return out;
  }

  /** Every dependent of {@code gov} in the enhanced graph by one of {@code relations}. */
  List<Integer> enhancedChildren(int gov, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == gov && d.dependent() != gov && matches(d.relation(), relations)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static boolean matches(String relation, String... relations) {
    int colon = relation.indexOf(':');
    String base = colon < 0 ? relation : relation.substring(0, colon);
    for (String r : relations) {
      if (r.equals(relation) || r.equals(base)) {
        return true;
      }
    }
    return false;
  }

  boolean dominates(int ancestor, int i) {
    for (int t = i; t > 0; t = head[t]) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Token indexes under {@code top}, itself included, in order. */
  List<Integer> subtree(int top) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < head.length; i++) {
      if (dominates(top, i)) {
        out.add(i);
      }
    }
    return out;
  }

  int first(int top) {
    return subtree(top).get(0);
  }

  int last(int top) {
    List<Integer> s = subtree(top);
    return s.get(s.size() - 1);
  }

  /** Characters from token {@code first} to token {@code last}, both included. */
  Span span(int first, int last) {
    return new Span(token(first).span().start(), token(last).span().end());
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  String word(int i) {
    return token(i).word();
  }

  String pos(int i) {
    return token(i).pos();
  }

  boolean isPunct(int i) {
    return PUNCTUATION.contains(pos(i));
  }

  /** A clause-breaking mark: comma, colon or quotation mark. */
  boolean isClauseBreak(int i) {
    String p = pos(i);
    return p.equals(",") || p.equals(":") || isQuoteMark(i);
  }

  boolean isQuoteMark(int i) {
    return pos(i).equals("''") || pos(i).equals("``");
  }

  /** Whether tokens {@code range[0]..range[1]} hold a verb or a copula. */
  boolean hasVerb(int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      if (isVerb(i) || relation(i).equals("cop")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tokens {@code first..last} without punctuation at either end, a leading "that" or a trailing
   * "and", or null when nothing is left.
   */
  int[] trimmed(int first, int last) {
    while (first <= last && (isPunct(first) || isComplementizer(first))) {
      first++;
    }
    while (last >= first && (isPunct(last) || pos(last).equals("CC"))) {
      last--;
    }
    return first > last ? null : new int[] {first, last};
  }

  /** "that" opening a clause, not "that" as a pronoun ("that is false"). */
  private boolean isComplementizer(int i) {
    if (!word(i).equalsIgnoreCase("that") || i == size()) {
      return false;
    }
    String r = baseRelation(i);
    return r.equals("mark") || !r.equals("det") && !r.startsWith("nsubj") && !isVerb(i + 1)
        && !pos(i + 1).equals("MD") && !isPunct(i + 1);
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isProperNoun(int i) {
    return pos(i).startsWith("NNP");
  }
}
