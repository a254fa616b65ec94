/**
 * Measures Dossier against public gold sets and peer tools: {@code dossier eval extraction} scores
 * main-text extraction on trafilatura's benchmark, beside readability4j, boilerpipe and crux;
 * {@code dossier eval attribution} scores claims (source, cue, content) on PolNeAR.
 */
package dossier.eval;
