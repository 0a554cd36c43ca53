package org.youthjustice.benchmarks;

/**
 * One {@code PUT /cases/{reference}/assignment} of the run: the case made {@code workerId}'s, due at
 * {@code dueNanos} by the rate, sent at {@code sentNanos} and answered ({@code status}) at {@code answeredNanos}, all
 * on the {@link System#nanoTime()} clock; {@code measured} false for the warm-up.
 */
record LeadAssignment(int index, boolean measured, String workerId, String reference, long dueNanos, long sentNanos,
                      long answeredNanos, int status) {

    boolean committed() {
        return status == 200;
    }
}
