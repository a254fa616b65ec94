/** Joins mentions across reports into entities, recording why each merge was made. */
package dossier.resolve;
