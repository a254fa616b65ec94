/** Writes the store out in the documented exchange formats (JSON, version 1). */
package dossier.export;
