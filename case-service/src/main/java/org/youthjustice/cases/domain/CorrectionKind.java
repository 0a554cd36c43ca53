package org.youthjustice.cases.domain;

/** The sentence a correction case executes: probation 缓刑, parole 假释, control 管制, temporary execution outside prison 暂予监外执行. */
public enum CorrectionKind {
    PROBATION, PAROLE, CONTROL, TEMPORARY_EXECUTION_OUTSIDE_PRISON
}
