package org.youthjustice.cases.domain;

/** Community correction (社区矫正) or prevention of offending (预防). */
public enum CaseType {
    CORRECTION, PREVENTION
}
