package org.youthjustice.cases.domain;

/**
 * Why a sealed case is read: the grounds on which Criminal Procedure Law art. 286 lets a sealed juvenile record be
 * queried. Stated with every such read and kept in the audit trail.
 */
public enum SealedReadPurpose {
    /** A judicial organ handling a case (办案需要). */
    CASE_HANDLING,
    /** Proceedings of a court about the juvenile. */
    COURT_PROCEEDINGS,
    /** A query that national regulations oblige the office to answer (根据国家规定进行查询). */
    LEGAL_OBLIGATION
}
