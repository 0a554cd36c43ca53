package org.youthjustice.benchmarks;

import java.time.Instant;

/**
 * An alert as one leg saw it first (a stream's event, an inbox poll's item): its id, its seq (the order alerts were
 * stored in), the case it is about, when notification-service stored it and when the benchmark read it
 * ({@link System#nanoTime()}).
 */
record AlertSighting(String alertId, long seq, String reference, Instant createdAt, long readNanos) {
}
