package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTreeTest {
  /** "sources who fought said it": enhanced edges make "sources" the subject of both verbs. */
  private static Sentence relativeClause() {
    String[] words = {"sources", "who", "fought", "said", "it"};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i + 1, new Span(at, at + words[i].length()), words[i], words[i], "NN",
          "O", null));
      at += words[i].length() + 1;
    }
    List<Dependency> deps = List.of(new Dependency(0, "root", 4),
        new Dependency(3, "nsubj", 1), // enhanced: closes a cycle through the relative clause
        new Dependency(4, "nsubj", 1), new Dependency(1, "acl:relcl", 3),
        new Dependency(1, "ref", 2), new Dependency(4, "obj", 5));
    return new Sentence(0, new Span(0, at - 1), tokens, deps);
  }

  @Test
  void keepsTheHeadNearestTheRootSoSubtreesHaveNoCycles() {
    ClaimTree t = new ClaimTree(relativeClause());
    assertEquals(4, t.head(1));
    assertEquals(List.of(3), t.subtree(3));
    assertEquals(List.of(1, 2, 3), t.subtree(1));
  }

  @Test
  void stillAnswersEnhancedQueries() {
    ClaimTree t = new ClaimTree(relativeClause());
    assertEquals(List.of(1), t.enhancedChildren(3, "nsubj"));
  }
}
