package org.youthjustice.worker.domain;

/** The kinds of place a worker is posted to. */
public enum SiteKind {
    JUDICIAL_OFFICE,
    COMMUNITY,
    COURT,
    FAMILY_SERVICE_CENTRE
}
