package dossier.model;

/**
 * A Universal Dependencies edge within one sentence.
 *
 * @param governor token index of the head, 0 for the root
 * @param relation relation name with subtype ("nsubj", "obl:tmod", "ccomp")
 * @param dependent token index of the dependent
 */
public record Dependency(int governor, String relation, int dependent) {}
