/**
 * Spark mode: runs the per-document stages (clean, annotate, extract) as an Apache Spark job,
 * {@code local[*]} or on a cluster, for {@code dossier build --engine spark}. The only package
 * that imports Spark, whose jars are on the class path only for that engine; the build stores
 * the outcomes and resolves across reports exactly as it does in process.
 */
package dossier.spark;
