package org.youthjustice.worker.domain;

/** Community correction (needs a qualified worker) or prevention (youth with behavioural deviations). */
public enum CaseType {
    CORRECTION,
    PREVENTION
}
