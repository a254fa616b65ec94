/** Finds the mentions, claims, events and quantities of one annotated report. */
package dossier.extract;
