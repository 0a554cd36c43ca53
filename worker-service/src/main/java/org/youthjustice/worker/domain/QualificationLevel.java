package org.youthjustice.worker.domain;

/** The national social-work qualification levels (助理社会工作师, 社会工作师, 高级社会工作师). */
public enum QualificationLevel {
    ASSISTANT_SOCIAL_WORKER,
    SOCIAL_WORKER,
    SENIOR_SOCIAL_WORKER
}
