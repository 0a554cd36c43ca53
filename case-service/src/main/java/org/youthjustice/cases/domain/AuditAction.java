package org.youthjustice.cases.domain;

/** What an audit row records. */
public enum AuditAction {
    /** A juvenile's clear identity was given to a caller (purpose: the reveal's). */
    IDENTITY_REVEALED,
    /** A sealed case was read by a role with a legal basis (purpose: the stated one). */
    SEALED_CASE_READ,
    CASE_SEALED,
    /** detail: {@code FROM→TO}. */
    STATUS_CHANGED,
    /** detail: the new lead worker. */
    ASSIGNED,
    /** detail: the worker whose assignment ended. */
    UNASSIGNED,
    /** An admin ran the re-encryption job; no case reference. detail: how many cases moved to which key. */
    IDENTITY_REENCRYPTED,
    /** A case was in an export (purpose: the export's). detail: the export id, shared by the rows of one export. */
    CASE_EXPORTED,
    /**
     * A reveal of an existing case's identity was refused (purpose: the one asked for). detail: the rule that refused
     * it, an {@code IdentityReveals.Refusal}, or {@code MACHINE_CLIENT}. Written in the reveal's transaction, which the
     * refusal does not roll back.
     */
    IDENTITY_REVEAL_REFUSED,
    /** A machine client tried to seal an existing case. detail: {@code MACHINE_CLIENT}. */
    CASE_SEAL_REFUSED,
    /**
     * A machine client stated a purpose to read an existing case, sealed or not (purpose: the stated one). detail:
     * {@code MACHINE_CLIENT}.
     */
    SEALED_CASE_READ_REFUSED,
    /**
     * The free text of a case (visit places and notes, service and risk notes, plan goal titles) was given in full by
     * a note reveal (purpose: the reveal's). detail: the {@code NotePart}s given, e.g.
     * {@code VISITS,SERVICES}.
     */
    NOTES_REVEALED,
    /**
     * A reveal of an existing case's free text was refused (purpose: the one asked for). detail: the rule that refused
     * it, a {@code NoteReveals.Refusal}. Written in the reveal's transaction, which the refusal does not roll back.
     */
    NOTES_REVEAL_REFUSED
}
