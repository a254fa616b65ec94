/**
 * Immutable records that flow between the pipeline stages, validated where they are made, and
 * the readers of files bundled with Dossier ({@link dossier.model.Resource}, {@link
 * dossier.model.WordList}) that several stages share.
 */
package dossier.model;
