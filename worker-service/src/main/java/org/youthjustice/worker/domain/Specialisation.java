package org.youthjustice.worker.domain;

/** Fields of practice a worker is recognised in; allocation prefers a matching specialisation. */
public enum Specialisation {
    JUDICIAL,
    YOUTH_AFFAIRS,
    PSYCHOLOGICAL,
    EMPLOYMENT,
    FAMILY
}
