package org.parley.model;

/**
 * A typed dependency edge (Universal Dependencies) between two tokens of one sentence.
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation the relation name, e.g. {@code nsubj}, {@code obj}, {@code obl:to}
 */
public record Dependency(int governor, int dependent, String relation) {}
