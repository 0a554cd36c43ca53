package org.youthjustice.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operations of a day's work that the mixed load sends through the gateway, and the fixed mix of them: which
 * demo user sends each and with what weight (per cent of the requests). Each user's share stays at most 20 %, so at the
 * default 20 requests a second no user passes 4 a second, below the gateway's demo limit of 300 a minute per user.
 */
enum DayOperation {

    WORKER_CASELOAD("worker's caseload", "GET /api/workers/{id}/caseload"),
    WORKER_CASE("worker reads a case they lead", "GET /api/cases/{reference}"),
    VISIT("worker records a visit", "POST /api/cases/{reference}/visits"),
    SERVICE("worker records a service", "POST /api/cases/{reference}/services"),
    NOTIFICATIONS("worker's inbox", "GET /api/notifications?size=20"),
    UNREAD_COUNT("worker's unread count", "GET /api/notifications/unread-count"),
    SUPERVISOR_CASES("supervisor's case list", "GET /api/cases"),
    SUPERVISOR_CASELOADS("supervisor's caseloads", "GET /api/caseloads"),
    ASSIGNMENT("supervisor swaps a lead (W0001 ⇄ W0002)", "PUT /api/cases/{reference}/assignment (If-Match)"),
    REFERRAL("partner referral", "POST /api/cases (Idempotency-Key)"),
    OFFICE_CASES("judicial officer's case list", "GET /api/cases"),
    EXPORT("judicial officer's export", "GET /api/case-exports?purpose=MONTHLY_RETURN&office=JO-440104-01"),
    COURT_CASES("court officer's case list", "GET /api/cases"),
    CONTRACTS("procurement officer's contracts", "GET /api/contracts?status=ACTIVE"),
    COVERAGE("procurement officer's coverage", "GET /api/contracts/{id}/coverage");

    /** Who sends what: the partner system's user is {@link #PARTNER}. */
    record Slot(DayOperation operation, String user) {
    }

    /** Stands for the partner system's client-credentials token (or court.liu's, if the realm has no partner). */
    static final String PARTNER = "partner";

    private final String label;
    private final String request;

    DayOperation(String label, String request) {
        this.label = label;
        this.request = request;
    }

    String label() {
        return label;
    }

    String request() {
        return request;
    }

    /** The mix: 100 slots a cycle. */
    static OperationMix<Slot> mix() {
        Map<Slot, Integer> weights = new LinkedHashMap<>();
        // social workers on their phones: sw.li (W0001) and sw.chen (W0002) on the pool's cases they lead, sw.zhou
        // (W0003) reading her own (the demo's: she records nothing)
        for (String worker : new String[] {"sw.li", "sw.chen"}) {
            weights.put(new Slot(WORKER_CASELOAD, worker), 4);
            weights.put(new Slot(WORKER_CASE, worker), 3);
            weights.put(new Slot(VISIT, worker), 3);
            weights.put(new Slot(SERVICE, worker), 2);
            weights.put(new Slot(NOTIFICATIONS, worker), 3);
            weights.put(new Slot(UNREAD_COUNT, worker), 5);
        }
        weights.put(new Slot(WORKER_CASELOAD, "sw.zhou"), 4);
        weights.put(new Slot(WORKER_CASE, "sw.zhou"), 4);
        weights.put(new Slot(NOTIFICATIONS, "sw.zhou"), 4);
        weights.put(new Slot(UNREAD_COUNT, "sw.zhou"), 6);
        // the Sunshine agency's supervisor
        weights.put(new Slot(SUPERVISOR_CASES, "sup.wang"), 8);
        weights.put(new Slot(SUPERVISOR_CASELOADS, "sup.wang"), 6);
        weights.put(new Slot(ASSIGNMENT, "sup.wang"), 6);
        // the court's partner system, the judicial office, the courts, procurement
        weights.put(new Slot(REFERRAL, PARTNER), 4);
        weights.put(new Slot(OFFICE_CASES, "jo.zhao"), 6);
        weights.put(new Slot(EXPORT, "jo.zhao"), 2);
        weights.put(new Slot(COURT_CASES, "court.liu"), 3);
        weights.put(new Slot(COURT_CASES, "court.he"), 3);
        weights.put(new Slot(CONTRACTS, "proc.huang"), 2);
        weights.put(new Slot(COVERAGE, "proc.huang"), 2);
        return new OperationMix<>(weights);
    }
}
