package dossier.model;

/**
 * A named-entity mention as the tagger found it (before Dossier's own typing).
 *
 * @param sentence index of its sentence in the document
 * @param firstToken index of its first token in that sentence (from 1)
 * @param lastToken index of its last token (inclusive)
 * @param ner the tag: PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, NATIONALITY, DATE, NUMBER, ...
 * @param normalized normalized value for dates and numbers, or null
 */
public record NamedEntity(Span span, String text, String ner, String normalized, int sentence,
    int firstToken, int lastToken) {}
