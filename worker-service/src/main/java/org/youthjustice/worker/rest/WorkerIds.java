package org.youthjustice.worker.rest;

/** The shape of a worker id: {@code W} and digits, e.g. {@code W0001}, as the realm's {@code worker_id} claim. */
final class WorkerIds {

    static final String PATTERN = "W[0-9]{4,9}";

    private WorkerIds() {
    }
}
