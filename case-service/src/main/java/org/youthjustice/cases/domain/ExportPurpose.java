package org.youthjustice.cases.domain;

/** Why an office or agency exports its caseload; stated with every export and kept in the audit trail. */
public enum ExportPurpose {
    /** The periodic return of a judicial office on the cases it supervises. */
    MONTHLY_RETURN,
    /** A supervisor's review of the cases their agency's workers lead. */
    SUPERVISION_REVIEW,
    /** Handing cases over to another office, agency or worker. */
    CASE_HANDOVER,
    /** An inspection of the office or agency by a supervising authority. */
    INSPECTION
}
