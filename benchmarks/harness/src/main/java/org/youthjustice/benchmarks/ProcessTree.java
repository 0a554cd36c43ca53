package org.youthjustice.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The processes of one part of the suite among all of {@code /proc}: its root and the root's descendants, without
 * the subtrees of the other parts (the launcher starts every service, and each service counts for itself only).
 */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * {@code root} first, then its descendants outside the other {@code parts}; empty when {@code root} is gone.
     *
     * @param pid  the process id of an entry
     * @param ppid the parent's process id of an entry
     */
    static <P> List<P> of(long root, List<P> all, Collection<Long> parts, ToLongFunction<P> pid,
                          ToLongFunction<P> ppid) {
        Map<Long, List<P>> children = new HashMap<>();
        P rootEntry = null;
        for (P entry : all) {
            children.computeIfAbsent(ppid.applyAsLong(entry), p -> new ArrayList<>()).add(entry);
            if (pid.applyAsLong(entry) == root) {
                rootEntry = entry;
            }
        }
        if (rootEntry == null) {
            return List.of();
        }
        List<P> tree = new ArrayList<>(List.of(rootEntry));
        List<P> pending = new ArrayList<>(children.getOrDefault(root, List.of()));
        while (!pending.isEmpty()) {
            P child = pending.remove(pending.size() - 1);
            if (parts.contains(pid.applyAsLong(child))) {
                continue;
            }
            tree.add(child);
            pending.addAll(children.getOrDefault(pid.applyAsLong(child), List.of()));
        }
        return tree;
    }
}
