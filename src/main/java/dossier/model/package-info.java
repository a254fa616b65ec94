/** Immutable records that flow between the pipeline stages, validated where they are made. */
package dossier.model;
