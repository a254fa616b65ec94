/**
 * The web page of {@code dossier serve}: its files under {@code dossier/web/} on the class path
 * (an entity graph, a timeline, claims with filters, search, and a report's text with the evidence
 * highlighted), and Cytoscape.js from its WebJar. The page builds every element from data with
 * {@code textContent}, never with markup, since scraped text is hostile.
 */
package dossier.web;
