/** Runs Stanford CoreNLP over clean text and converts its output into Dossier's own annotation records. */
package dossier.annotate;
