/**
 * Benchmarks, kept apart from the tests: {@code dossier bench} measures a stock CoreNLP pipeline
 * and Dossier's build on the same documents, each leg in a fresh JVM, and the cost of adding a
 * report to a large store; {@code dossier bench api} measures the HTTP API's latency under
 * concurrent load over a large store. Timings are printed, never asserted.
 */
package dossier.bench;
