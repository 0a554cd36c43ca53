package org.youthjustice.cases.domain;

/** Why a caller needs a juvenile's identity in clear; stated with every reveal and kept in the audit trail. */
public enum RevealPurpose {
    /** Arranging or making a home visit (contact details). */
    HOME_VISIT_CONTACT(true),
    /** Reaching the juvenile's guardians (contact details). */
    GUARDIAN_CONTACT(true),
    /** Proceedings of a court that need the juvenile identified. */
    COURT_PROCEEDINGS(false),
    /** Checking that a person is the juvenile of the case. */
    IDENTITY_VERIFICATION(false),
    /** A duty under a law or regulation that needs the identity. */
    LEGAL_OBLIGATION(false);

    private final boolean contact;

    RevealPurpose(boolean contact) {
        this.contact = contact;
    }

    /** Whether the purpose is reaching the juvenile or the guardians: the only ones a lead social worker may state. */
    public boolean isContact() {
        return contact;
    }
}
