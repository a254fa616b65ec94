/** The {@code dossier} command line. */
package dossier.cli;
