package org.youthjustice.procurement.consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Events of worker-service and case-service made from their published examples (each with a fresh id), with the
 * fields coverage reads set by the test, and the key and topic each producer sends them with.
 */
final class CoverageEvents {

    static final EventExamples WORKER_SERVICE = EventExamples.of("worker-service");
    static final EventExamples CASE_SERVICE = EventExamples.of("case-service");

    /** An event, its topic and its Kafka key (the producer's aggregate id). */
    record Keyed(String topic, String key, ObjectNode event) {

        String type() {
            return event.get("type").asText();
        }

        UUID id() {
            return UUID.fromString(event.get("id").asText());
        }

        ObjectNode data() {
            return (ObjectNode) event.get("data");
        }

        void publishTo(EventPublisher publisher) {
            publisher.publish(key, event);
        }
    }

    private CoverageEvents() {
    }

    static long freshId() {
        return ThreadLocalRandom.current().nextLong(1, 1L << 40);
    }

    static String freshWorker() {
        return "W" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    static String freshReference() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26)) + "-2026-" + random.nextInt(100_000, 999_999);
    }

    static Keyed agencyRegistered(String creditCode, String name, Instant at) {
        ObjectNode event = WORKER_SERVICE.load("agency.registered", 1).put("subject", creditCode)
                .put("time", at.toString());
        ((ObjectNode) event.get("data")).put("creditCode", creditCode).put("name", name);
        return new Keyed("workers.v1", creditCode, event);
    }

    static Keyed posted(String worker, long postingId, String agency, String site, String fraction, LocalDate from,
                        LocalDate to, String contractNumber) {
        ObjectNode event = WORKER_SERVICE.load("worker.posted", 1).put("subject", worker);
        ObjectNode data = ((ObjectNode) event.get("data")).put("workerId", worker).put("postingId", postingId)
                .put("agencyCode", agency).put("siteCode", site).put("from", from.toString())
                .put("contractId", contractNumber);
        data.put("fraction", new java.math.BigDecimal(fraction));
        data.put("to", to == null ? null : to.toString());
        return new Keyed("workers.v1", worker, event);
    }

    static Keyed postingEnded(String worker, long postingId, String agency, String site, String fraction,
                              LocalDate endsOn, String contractNumber) {
        ObjectNode event = WORKER_SERVICE.load("worker.posting-ended", 1).put("subject", worker);
        ObjectNode data = ((ObjectNode) event.get("data")).put("workerId", worker).put("postingId", postingId)
                .put("agencyCode", agency).put("siteCode", site).put("endsOn", endsOn.toString())
                .put("contractId", contractNumber);
        data.put("fraction", new java.math.BigDecimal(fraction));
        return new Keyed("workers.v1", worker, event);
    }

    static Keyed referred(String reference, String office, String court, Instant at) {
        ObjectNode event = CASE_SERVICE.load("case.referred", 2).put("subject", reference);
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("courtCode", court).put("status", "REFERRED").put("referredAt", at.toString());
        return new Keyed("cases.v1", reference, event);
    }

    static Keyed statusChanged(String reference, String office, String from, String to, Instant at) {
        ObjectNode event = CASE_SERVICE.load("case.status-changed", 1).put("subject", reference);
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("fromStatus", from).put("toStatus", to).put("changedAt", at.toString());
        return new Keyed("cases.v1", reference, event);
    }

    static Keyed closed(String reference, String office, Instant at) {
        ObjectNode event = CASE_SERVICE.load("case.closed", 1).put("subject", reference);
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("closedAt", at.toString());
        return new Keyed("cases.v1", reference, event);
    }

    static Keyed assigned(String reference, String office, String worker, String agency, Instant at) {
        ObjectNode event = CASE_SERVICE.load("case.assigned", 1).put("subject", reference);
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("workerId", worker).put("agencyId", agency).put("assignedAt", at.toString());
        return new Keyed("cases.v1", reference, event);
    }

    static Keyed serviceRecorded(String reference, String office, String worker, String agency, int minutes,
                                 LocalDate on) {
        ObjectNode event = CASE_SERVICE.load("service.recorded", 1).put("subject", reference);
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("workerId", worker).put("agencyId", agency).put("minutes", minutes)
                .put("deliveredOn", on.toString());
        return new Keyed("cases.v1", reference, event);
    }

    static Keyed visitCompleted(String reference, String office, long visitId, Instant at) {
        ObjectNode event = CASE_SERVICE.load("visit.completed", 1).put("subject", reference)
                .put("time", at.toString());
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("visitId", visitId).put("completedAt", at.toString());
        return new Keyed("cases.v1", reference, event);
    }

    static Keyed visitMissed(String reference, String office, long visitId, LocalDate dueOn, Instant at) {
        ObjectNode event = CASE_SERVICE.load("visit.missed", 1).put("subject", reference).put("time", at.toString());
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("visitId", visitId).put("dueOn", dueOn.toString())
                .put("detectedOn", dueOn.plusDays(1).toString());
        return new Keyed("cases.v1", reference, event);
    }
}
