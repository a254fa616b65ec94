/**
 * Measures Dossier against public gold sets and peer tools: {@code dossier eval extraction} scores
 * main-text extraction on trafilatura's benchmark, beside readability4j, boilerpipe and crux.
 */
package dossier.eval;
