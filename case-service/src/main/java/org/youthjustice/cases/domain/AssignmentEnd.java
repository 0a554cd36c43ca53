package org.youthjustice.cases.domain;

/** Why a lead worker stopped being the lead worker of a case. */
public enum AssignmentEnd {
    /** Another worker took over. */
    REASSIGNED,
    /** A supervisor or officer removed the assignment. */
    REMOVED,
    /** The case was closed. */
    CASE_CLOSED
}
