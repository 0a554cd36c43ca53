package org.youthjustice.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed weighted mix of operations, laid out over a cycle as long as the sum of the weights by smooth weighted
 * round robin: slot {@code i} of an open loop runs {@link #at(int) at(i)}, so that in every cycle each operation
 * has exactly its weight of slots, spread evenly (never a burst of one kind), and over any run of slots each count
 * stays within one of its share. Deterministic: the same slots get the same operations at every run.
 *
 * @param <T> what an operation is
 */
final class OperationMix<T> {

    private final Map<T, Integer> weights;
    private final List<T> cycle;

    /** @param weights each operation's weight (at least 1), in the order to report them */
    OperationMix(Map<T, Integer> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one operation");
        }
        weights.forEach((operation, weight) -> {
            if (weight == null || weight < 1) {
                throw new IllegalArgumentException("the weight of " + operation + " must be at least 1, was " + weight);
            }
        });
        this.weights = new LinkedHashMap<>(weights);
        this.cycle = smoothRoundRobin(this.weights);
    }

    private static <T> List<T> smoothRoundRobin(Map<T, Integer> weights) {
        List<T> operations = new ArrayList<>(weights.keySet());
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        long[] current = new long[operations.size()];
        List<T> cycle = new ArrayList<>(total);
        for (int slot = 0; slot < total; slot++) {
            int best = 0;
            for (int k = 0; k < operations.size(); k++) {
                current[k] += weights.get(operations.get(k));
                if (current[k] > current[best]) {
                    best = k;
                }
            }
            current[best] -= total;
            cycle.add(operations.get(best));
        }
        return List.copyOf(cycle);
    }

    /** The operation of slot {@code i} (from 0). */
    T at(long i) {
        return cycle.get((int) Math.floorMod(i, (long) cycle.size()));
    }

    /** The sum of the weights: the length of one cycle. */
    int totalWeight() {
        return cycle.size();
    }

    Map<T, Integer> weights() {
        return new LinkedHashMap<>(weights);
    }

    /** How many of the first {@code slots} slots each operation gets, in the order of the weights. */
    Map<T, Integer> counts(long slots) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        weights.keySet().forEach(operation -> counts.put(operation, 0));
        for (long i = 0; i < slots; i++) {
            counts.merge(at(i), 1, Integer::sum);
        }
        return counts;
    }
}
