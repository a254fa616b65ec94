/** Turns a raw page or scrape into the clean story and its metadata, keeping what it removed and why. */
package dossier.clean;
