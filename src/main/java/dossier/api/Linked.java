package dossier.api;

import dossier.model.Cluster;
import dossier.model.Contradiction;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.resolve.ClaimLinker;
import dossier.resolve.EntityIndex;
import dossier.store.Store;
import dossier.store.StoreException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim clusters and contradictions across all reports. Linking reads every report, so it is
 * done once when the server starts; ids ({@code k1}, {@code x1}) are numbered as in the export.
 */
final class Linked {
  private final List<Cluster> clusters;
  private final List<Contradiction> contradictions;
  private final Map<FactRef, Integer> clusterOf = new HashMap<>();
  private final Map<FactRef, List<Integer>> contradictionsOf = new HashMap<>();

  Linked(List<Cluster> clusters, List<Contradiction> contradictions) {
    this.clusters = List.copyOf(clusters);
    this.contradictions = List.copyOf(contradictions);
    for (int i = 0; i < clusters.size(); i++) {
      for (FactRef claim : clusters.get(i).claims()) {
        clusterOf.put(claim, i);
      }
    }
    for (int i = 0; i < contradictions.size(); i++) {
      for (FactRef claim : contradictions.get(i).claims()) {
        contradictionsOf.computeIfAbsent(claim, k -> new ArrayList<>()).add(i);
      }
    }
  }

  static Linked of(Store store) throws StoreException {
    Map<Long, Extraction> docs = store.extractions();
    ClaimLinker linker = new ClaimLinker(docs, store.lineage(), new EntityIndex(store.entities()));
    return new Linked(linker.clusters(), linker.contradictions());
  }

  List<Contradiction> contradictions() {
    return contradictions;
  }

  /** The index of the cluster holding this claim, or -1. */
  int clusterOf(FactRef claim) {
    return clusterOf.getOrDefault(claim, -1);
  }

  Cluster cluster(int index) {
    return clusters.get(index);
  }

  /** Indexes of the contradictions this claim takes part in. */
  List<Integer> contradictionsOf(FactRef claim) {
    return contradictionsOf.getOrDefault(claim, List.of());
  }

  static String clusterId(int index) {
    return "k" + (index + 1);
  }

  static String contradictionId(int index) {
    return "x" + (index + 1);
  }
}
