/** Reads files and folders (text, HTML, PDF, Word) into raw documents, reporting what it cannot read. */
package dossier.ingest;
