package org.youthjustice.systemtests;

import org.youthjustice.platform.identity.IdentityNumber;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Cases on their way to a worker, through case-service as its real clients drive them: court.liu refers a fresh
 * juvenile (with an {@code Idempotency-Key}), admin.ops accepts the referral ({@code INTAKE}) and makes the office's
 * worker the lead. Each step is retried after no answer or a 5xx, within the patience: a write that needs
 * {@code If-Match} is read again first, and a step that the read shows done (the answer to an earlier attempt was
 * lost) counts as done, since that is all a client can know.
 */
final class CaseJourneys {

    private final Caller court;
    private final Caller admin;
    private final StaffedOffice office;

    /**
     * @param court court.liu, calling case-service
     * @param admin admin.ops, calling case-service
     */
    CaseJourneys(Caller court, Caller admin, StaffedOffice office) {
        this.court = court;
        this.admin = admin;
        this.office = office;
    }

    /** A referral and its outcome; {@code acknowledgedAt} is the {@link System#nanoTime()} of its 201. */
    record Referral(int index, String idempotencyKey, Map<String, Object> body, Optional<String> reference,
                    long acknowledgedAt, int attempts) {

        boolean acknowledged() {
            return reference.isPresent();
        }
    }

    /** A referral that went on to its assignment, or stopped where the patience ran out. */
    record Journey(Referral referral, boolean accepted, boolean assigned) {

        Optional<String> reference() {
            return referral.reference();
        }
    }

    /**
     * A referral of a fresh juvenile to the office: a PREVENTION case (any juvenile under 18 today) with a random
     * identity number and phone, which tell the case from any other one holding its reference.
     */
    Map<String, Object> referralOf(int index) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a random birthplace division makes a number that no earlier run on kept data has referred
        String identityNumber = IdentityNumber.compose(String.valueOf(random.nextInt(110_000, 660_000)),
                LocalDate.of(2010, 1, 1).plusDays(random.nextInt(900)), random.nextInt(1000)).value();
        return Map.of("type", "PREVENTION", "referralSource", "SCHOOL", "officeCode", office.officeCode(),
                "regionCode", "440104",
                "juvenile", Map.of("name", "测试少年", "identityNumber", identityNumber,
                        "phone", "138" + random.nextInt(10_000_000, 100_000_000),
                        "address", "广东省广州市越秀区测试路" + index + "号"));
    }

    Referral refer(int index) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = referralOf(index);
        Patience patience = Patience.of(Patience.OF_A_CLIENT);
        Optional<Caller.Answer> answer = court.create("/cases", body, key, patience);
        if (answer.isPresent() && answer.get().status() != 201 && answer.get().status() < 500) {
            throw new AssertionError("referral " + index + " refused: " + answer.get().status() + " "
                    + answer.get().body());
        }
        Optional<String> reference = answer.filter(Caller.Answer::acknowledged)
                .map(created -> created.text("reference"));
        return new Referral(index, key, body, reference, System.nanoTime(), patience.attempts());
    }

    /** Refers, accepts and assigns; stops at the first step that runs out of patience. */
    Journey travel(int index) {
        Referral referral = refer(index);
        if (!referral.acknowledged()) {
            return new Journey(referral, false, false);
        }
        String reference = referral.reference().orElseThrow();
        boolean accepted = accept(reference);
        return new Journey(referral, accepted, accepted && assign(reference));
    }

    private boolean accept(String reference) {
        Patience patience = Patience.of(Patience.OF_A_CLIENT);
        while (patience.nextAttempt()) {
            try {
                Caller.Answer current = admin.get("/cases/" + reference);
                if (current.status() >= 500) {
                    continue;
                }
                expect(current, 200, reference);
                if (!"REFERRED".equals(current.text("status"))) {
                    return true;
                }
                Caller.Answer moved = admin.send("POST", "/cases/" + reference + "/transitions",
                        Map.of("to", "INTAKE", "reason", "Referral accepted"), ifMatch(current));
                if (moved.status() == 200) {
                    return true;
                }
                if (moved.status() != 412 && moved.status() < 500) {
                    expect(moved, 200, reference);
                }
            } catch (IOException e) {
                // no answer: read again and decide
            }
        }
        return false;
    }

    private boolean assign(String reference) {
        Patience patience = Patience.of(Patience.OF_A_CLIENT);
        while (patience.nextAttempt()) {
            try {
                Caller.Answer current = admin.get("/cases/" + reference);
                if (current.status() >= 500) {
                    continue;
                }
                expect(current, 200, reference);
                if (office.workerId().equals(current.text("assignedWorkerId"))) {
                    return true;
                }
                Caller.Answer assigned = admin.send("PUT", "/cases/" + reference + "/assignment",
                        Map.of("workerId", office.workerId(), "reason", "Posted at the office"), ifMatch(current));
                if (assigned.status() == 200) {
                    return true;
                }
                // case-service may have yet to learn of the posting from worker-service's event
                boolean notPostedYet = assigned.status() == 422
                        && "not-posted".equals(assigned.body().path("errors").path(0).path("code").asText());
                if (assigned.status() != 412 && !notPostedYet && assigned.status() < 500) {
                    expect(assigned, 200, reference);
                }
            } catch (IOException e) {
                // no answer: read again and decide
            }
        }
        return false;
    }

    private static Map<String, String> ifMatch(Caller.Answer current) {
        return Map.of("If-Match", current.header("ETag").orElseThrow(() -> new AssertionError("no ETag")));
    }

    private static void expect(Caller.Answer answer, int status, String reference) {
        if (answer.status() != status) {
            throw new AssertionError(reference + ": expected " + status + ", got " + answer.status() + " "
                    + answer.body());
        }
    }
}
