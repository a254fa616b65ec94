/**
 * The HTTP server of {@code dossier serve}: a JSON API over the knowledge base, documented by
 * the OpenAPI document at {@code /api/openapi.json}, and the web page of {@code dossier.web}.
 * The only package that uses the web framework (Javalin). Reads go through
 * {@link dossier.store.Queries}; links between claims (clusters, contradictions) and the entity
 * graph are computed when the server starts, and again whenever the store changes.
 */
package dossier.api;
