package org.youthjustice.cases.domain;

/** Why the free text of a case is read in full; stated with every note reveal and kept in the audit trail. */
public enum NoteRevealPurpose {
    /** Handling the case: an officer deciding on it, or writing its plan, which is replaced as a whole. */
    CASE_HANDLING,
    /** A supervisor's review of the work of their agency's worker on the case. */
    SUPERVISION_REVIEW,
    /** Handing the case over to another worker, agency or office. */
    CASE_HANDOVER,
    /** A report the office owes a court on the case. */
    COURT_PROCEEDINGS,
    /** A duty under law (a complaint, an inspection, a request of a supervising authority). */
    LEGAL_OBLIGATION
}
