package org.youthjustice.cases.domain;

/** The roles of a correction team: social workers, and the people around the juvenile. */
public enum TeamRole {
    WORKER, OFFICER, GUARDIAN, SCHOOL_CONTACT
}
