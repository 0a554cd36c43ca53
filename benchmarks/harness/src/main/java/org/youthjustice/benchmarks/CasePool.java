package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's cases: accepted ({@code INTAKE}) cases of one office, each led by one of two workers posted there,
 * whose lead the run swaps from one to the other. A case in INTAKE has no visit scheduled, so that each swap makes
 * case-service publish exactly one event, {@code case.assigned}. The pool is found again at the next run (the
 * office's INTAKE cases led by either worker) and topped up with fresh referrals, so that reruns on the same data
 * reuse it instead of adding cases. Idle cases wait in a queue, the longest idle first; a case is taken for one swap
 * at a time, so that each swap reads the ETag the previous one answered.
 */
final class CasePool {

    static final String ADMIN = "admin.ops";
    private static final String COURT = "court.liu";
    private static final int REFERRAL_ATTEMPTS = 5;

    /** A case of the pool, its lead worker and the ETag of its last answer. */
    record PooledCase(String reference, String workerId, String etag) {
    }

    private final ApiClient api;
    private final String cases;
    private final List<String> workers;
    private final BlockingQueue<PooledCase> idle = new LinkedBlockingQueue<>();

    private CasePool(ApiClient api, String cases, List<String> workers) {
        this.api = api;
        this.cases = cases;
        this.workers = List.copyOf(workers);
    }

    /**
     * The pool of {@code size} cases of {@code office} led by the two {@code workers}: those of an earlier run, then
     * new referrals accepted and assigned to the worker with fewer, through case-service's API.
     */
    static CasePool prepare(ApiClient api, String cases, String office, List<String> workers, int size,
                            FictionalReferrals referrals) {
        if (workers.size() != 2) {
            throw new IllegalArgumentException("the lead swaps between two workers, not " + workers);
        }
        CasePool pool = new CasePool(api, cases, workers);
        Map<String, Integer> led = new LinkedHashMap<>();
        for (String worker : workers) {
            led.put(worker, 0);
            JsonNode page = api.send("GET", cases + "/cases?office=" + office + "&status=INTAKE&worker=" + worker
                    + "&size=100", ADMIN, null, null).expect(200, "listing the pool's cases").json();
            for (JsonNode item : page.path("items")) {
                if (pool.idle.size() < size) {
                    pool.idle.add(pool.read(item.path("reference").asText()));
                    led.merge(worker, 1, Integer::sum);
                }
            }
        }
        int found = pool.idle.size();
        while (pool.idle.size() < size) {
            String worker = led.get(workers.get(0)) <= led.get(workers.get(1)) ? workers.get(0) : workers.get(1);
            pool.idle.add(pool.refer(office, worker, referrals));
            led.merge(worker, 1, Integer::sum);
        }
        System.err.println("[bench] pool of " + size + " cases at " + office + ": " + found + " from earlier runs, "
                + (size - found) + " referred now; leads " + led);
        return pool;
    }

    /** The pool's cases led by {@code workerId} now (idle ones only: call it when no swap is in flight). */
    long ledBy(String workerId) {
        return idle.stream().filter(c -> c.workerId().equals(workerId)).count();
    }

    /** The idle case waiting longest, waiting for one at most {@code within}. */
    PooledCase take(Duration within) throws InterruptedException {
        PooledCase next = idle.poll(within.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            throw new IllegalStateException("no case of the pool came back within " + within.toSeconds()
                    + " s: case-service does not answer the assignments");
        }
        return next;
    }

    /**
     * Makes the case's other worker its lead ({@code PUT /cases/{reference}/assignment}, direct on case-service) and
     * gives it back to the pool; answers the answer. A refused swap re-reads the case, whose lead or ETag changed
     * behind the run's back.
     */
    ApiClient.Answer swap(PooledCase pooled) {
        String next = other(pooled.workerId());
        ApiClient.Answer answer;
        try {
            answer = assign(pooled.reference(), next, pooled.etag());
        } catch (RuntimeException e) {
            idle.add(read(pooled.reference()));
            throw e;
        }
        idle.add(answer.status() == 200 ? new PooledCase(pooled.reference(), next, answer.etag().orElseThrow())
                : read(pooled.reference()));
        return answer;
    }

    /** The worker a swap of a case led by {@code workerId} makes its lead. */
    String other(String workerId) {
        return workers.get(0).equals(workerId) ? workers.get(1) : workers.get(0);
    }

    private PooledCase read(String reference) {
        ApiClient.Answer answer = api.send("GET", cases + "/cases/" + reference, ADMIN, null, null)
                .expect(200, "reading a case of the pool");
        String lead = answer.json().path("assignedWorkerId").asText();
        if (!workers.contains(lead)) {
            throw new IllegalStateException("case " + reference + " of the pool is led by " + lead + ", not by "
                    + workers);
        }
        return new PooledCase(reference, lead, answer.etag().orElseThrow());
    }

    private PooledCase refer(String office, String worker, FictionalReferrals referrals) {
        ObjectNode referral = referrals.next().put("officeCode", office);
        ApiClient.Answer referred = api.send("POST", cases + "/cases", COURT, referral, null);
        // 409: the juvenile drawn has an open case from an earlier run; another one is drawn
        for (int attempt = 1; referred.status() == 409 && attempt < REFERRAL_ATTEMPTS; attempt++) {
            referred = api.send("POST", cases + "/cases", COURT, referrals.next().put("officeCode", office), null);
        }
        String reference = referred.expect(201, "a referral").json().path("reference").asText();
        String etag = api.send("GET", cases + "/cases/" + reference, ADMIN, null, null)
                .expect(200, "reading the case").etag().orElseThrow();
        ObjectNode transition = ApiClient.JSON.createObjectNode().put("to", "INTAKE").put("reason", "benchmark");
        String accepted = api.send("POST", cases + "/cases/" + reference + "/transitions", ADMIN, transition, etag).expect(200, "moving the case to INTAKE").etag().orElseThrow();
        String assigned = assign(reference, worker, accepted).expect(200, "the first assignment").etag()
                .orElseThrow();
        return new PooledCase(reference, worker, assigned);
    }

    private ApiClient.Answer assign(String reference, String workerId, String etag) {
        ObjectNode assignment = ApiClient.JSON.createObjectNode().put("workerId", workerId).put("reason", "benchmark");
        return api.send("PUT", cases + "/cases/" + reference + "/assignment", ADMIN, assignment, etag);
    }
}
