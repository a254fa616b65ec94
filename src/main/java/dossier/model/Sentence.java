package dossier.model;

import java.util.ArrayList;
import java.util.List;

/** One sentence with its tokens and dependency edges. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The token with this 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }

  /** Edges whose head is the given token. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge that attaches the given token to its head, or null. */
  public Dependency parentEdge(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }
}
