package org.youthjustice.worker.domain;

/** Whether a worker can take work: only {@code ACTIVE} workers are posted and allocated; {@code LEFT} is final. */
public enum WorkerStatus {
    ACTIVE,
    ON_LEAVE,
    SUSPENDED,
    LEFT
}
