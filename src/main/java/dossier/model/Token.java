package dossier.model;

/**
 * One token of an annotated document.
 *
 * @param index position in its sentence, from 1 (0 is the root in {@link Dependency})
 * @param span character offsets in the clean text
 * @param word the token as written
 * @param lemma its lemma
 * @param pos Penn Treebank part of speech
 * @param ner named-entity tag ("PERSON", "DATE", "NATIONALITY", ...), or "O"
 * @param normalized normalized value of a numeric or temporal entity ("400.0", "2019-05-06"), or null
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner,
    String normalized) {
  public Token {
    if (index < 1) {
      throw new IllegalArgumentException("token index starts at 1");
    }
  }
}
