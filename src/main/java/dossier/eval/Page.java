package dossier.eval;

/**
 * A gold page ready for the extractors: decoded once, so all of them get the same characters.
 *
 * @param gold what the set says about the page
 * @param html the page decoded by its declared charset, else UTF-8
 * @param text the whole page as plain text, one line per block, as a text scrape would give it
 * @param hash hex SHA-256 of the raw HTML bytes
 */
record Page(GoldPage gold, String html, String text, String hash) {}
