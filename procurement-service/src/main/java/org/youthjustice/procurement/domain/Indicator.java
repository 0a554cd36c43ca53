package org.youthjustice.procurement.domain;

/** The five indicators of a third-party performance evaluation, each weighted and scored out of 100. */
public enum Indicator {
    /** Staff, funds and facilities put in. */
    INPUT,
    /** How the service was run: records, supervision, procedure. */
    PROCESS,
    /** What was delivered: visits, service minutes, cases served. */
    OUTPUT,
    /** What changed for the clients. */
    OUTCOME,
    /** Satisfaction of clients, offices and courts. */
    SATISFACTION
}
