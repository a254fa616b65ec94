/** Keeps the knowledge base in one embedded SQLite file, one transaction per report. */
package dossier.store;
