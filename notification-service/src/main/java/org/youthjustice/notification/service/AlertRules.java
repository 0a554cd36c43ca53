package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.messaging.in.AgencyRegistered;
import org.youthjustice.notification.messaging.in.CaseFact;
import org.youthjustice.notification.messaging.in.ContractFact;
import org.youthjustice.notification.messaging.in.WorkerFact;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.messaging.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rules that turn events into alerts (the table is {@link AlertRule}, the README's "Rules"). Runs inside the
 * inbox's transaction, so the directory's facts, the alerts and the record of their event commit together.
 */
@ApplicationScoped
public class AlertRules {

    private static final Logger LOG = Logger.getLogger(AlertRules.class);

    /** Missed visits in a row from which the office's judicial officer is told too. */
    static final int MISSED_IN_A_ROW_FOR_THE_OFFICE = 2;

    @Inject
    Clock clock;

    @Inject
    RecipientDirectory directory;

    @Inject
    AlertSettings settings;

    @Inject
    Deliveries deliveries;

    @Inject
    VisitReminders visits;

    public void apply(EventEnvelope event) {
        String type = event.type();
        if (AgencyRegistered.TYPE.equals(type)) {
            AgencyRegistered agency = event.data(AgencyRegistered.class);
            raise(AlertRule.PROVIDER_REGISTERED, event, agency.creditCode(),
                    Map.of("name", agency.name(), "creditCode", agency.creditCode(), "regionCode", agency.regionCode()),
                    Set.of(Recipient.everyone(Roles.PROCUREMENT_OFFICER)));
        } else if (type != null && type.startsWith("worker.")) {
            onWorkerEvent(event);
        } else if ("/case-service".equals(event.source())) {
            onCaseEvent(event);
        } else if ("/procurement-service".equals(event.source())) {
            onContractEvent(event);
        }
    }

    private void onWorkerEvent(EventEnvelope event) {
        WorkerFact worker = event.data(WorkerFact.class);
        Map<String, Object> values = Map.of("workerId", String.valueOf(worker.workerId()));
        switch (event.type()) {
            case WorkerFact.REGISTERED, WorkerFact.STATUS_CHANGED -> directory.learnWorker(worker, time(event));
            case WorkerFact.CAPACITY_EXCEEDED -> raise(AlertRule.CAPACITY_EXCEEDED, event, worker.workerId(), values,
                    recipients(event, null, supervisorOf(worker.agency())));
            case WorkerFact.QUALIFICATION_EXPIRING -> raise(AlertRule.QUALIFICATION_EXPIRING, event,
                    worker.workerId(), Map.of("workerId", worker.workerId(), "expiresOn", worker.expiresOn()),
                    recipients(event, Recipient.worker(worker.workerId()), supervisorOf(worker.agency())));
            default -> {
                // other worker events change no recipient and raise nothing
            }
        }
    }

    private void onCaseEvent(EventEnvelope event) {
        CaseFact fact = event.data(CaseFact.class);
        if (fact.reference() == null) {
            return;
        }
        directory.learnCase(event.type(), fact, time(event));
        String reference = fact.reference();
        String office = Optional.ofNullable(fact.officeCode()).or(() -> directory.officeOf(reference)).orElse(null);
        String worker = Optional.ofNullable(fact.workerId()).or(() -> directory.leadWorkerOf(reference)).orElse(null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reference", reference);
        values.put("workerId", String.valueOf(worker));
        values.put("officeCode", String.valueOf(office));
        // the worker's agency is looked up only for the rules that tell its supervisors
        Supplier<Recipient> supervisor = () -> supervisorOf(directory.agencyOf(worker, reference).orElse(null));
        switch (event.type()) {
            case CaseFact.ASSIGNED -> raise(AlertRule.CASE_ASSIGNED, event, reference, values,
                    recipients(event, workerRecipient(fact.workerId())));
            case CaseFact.REASSIGNMENT_NEEDED -> raise(AlertRule.REASSIGNMENT_NEEDED, event, reference, values,
                    recipients(event, supervisor.get(), officerOf(office)));
            case CaseFact.RISK_CHANGED -> {
                if ("HIGH".equals(fact.level())) {
                    values.put("previous", String.valueOf(fact.previousLevel()));
                    raise(AlertRule.RISK_HIGH, event, reference, values,
                            recipients(event, officerOf(office), supervisor.get()));
                }
            }
            // the month is left out of the text: with the case, it would date the juvenile's birth
            case CaseFact.TURNED_18 -> raise(AlertRule.TURNED_18, event, reference, values,
                    recipients(event, officerOf(office)));
            case CaseFact.VISIT_SCHEDULED -> visits.scheduled(fact, time(event));
            case CaseFact.VISIT_MISSED -> {
                visits.ended(fact, VisitReminders.MISSED, time(event));
                onVisitMissed(event, fact, values, workerRecipient(worker), supervisor.get(), officerOf(office));
            }
            case CaseFact.VISIT_COMPLETED -> {
                visits.ended(fact, VisitReminders.COMPLETED, time(event));
                directory.recordVisit(fact, false, time(event));
            }
            case CaseFact.CLOSED -> visits.caseClosed(reference, time(event));
            default -> {
                // referrals, unassignments and the rest only tell the directory
            }
        }
    }

    private void onVisitMissed(EventEnvelope event, CaseFact visit, Map<String, Object> values, Recipient worker,
            Recipient supervisor, Recipient office) {
        int inARow = directory.recordVisit(visit, true, time(event));
        values.put("visitId", String.valueOf(visit.visitId()));
        values.put("dueOn", String.valueOf(visit.dueOn()));
        values.put("count", inARow);
        raise(AlertRule.VISIT_MISSED, event, visit.reference(), values, recipients(event, worker, supervisor));
        if (inARow >= MISSED_IN_A_ROW_FOR_THE_OFFICE) {
            raise(AlertRule.VISIT_MISSED_TWICE, event, visit.reference(), values, recipients(event, office));
        }
    }

    private void onContractEvent(EventEnvelope event) {
        ContractFact contract = event.data(ContractFact.class);
        if (!contract.namesAContract()) {
            return;
        }
        directory.learnContract(contract, time(event));
        AlertRule rule = switch (event.type()) {
            case ContractFact.EXPIRING -> AlertRule.CONTRACT_EXPIRING;
            case ContractFact.BUDGET_THRESHOLD -> AlertRule.CONTRACT_BUDGET_THRESHOLD;
            case ContractFact.UNDERSTAFFED -> AlertRule.CONTRACT_UNDERSTAFFED;
            case ContractFact.EVALUATION_COMPLETED -> AlertRule.EVALUATION_COMPLETED;
            default -> null;
        };
        if (rule != null) {
            raise(rule, event, contract.number(),
                    Map.of("number", contract.number(), "contractId", contract.contractId(),
                            "purchaserCode", contract.purchaserCode(), "providerCode", contract.providerCode()),
                    recipients(event, Recipient.purchasingOfficerOf(contract.purchaserCode()),
                            Recipient.supervisorOf(contract.providerCode())));
        }
    }

    /**
     * One alert per recipient; the inbox runs each event once, and the table's unique (rule, event, recipient)
     * key holds even if it did not.
     */
    private void raise(AlertRule rule, EventEnvelope event, String subjectRef, Map<String, ?> values,
            Set<Recipient> recipients) {
        if (!settings.enabled(rule)) {
            return;
        }
        for (Recipient recipient : recipients) {
            store(rule, event.id(), subjectRef, values, recipient);
        }
    }

    private void store(AlertRule rule, UUID source, String subjectRef, Map<String, ?> values, Recipient recipient) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((name, value) -> texts.put(name, String.valueOf(value)));
        Notification notification = Notification.forRecipient(rule.key(), source, recipient, settings.severity(rule),
                rule.title(values), rule.body(values), subjectRef, Instant.now(clock));
        notification.templateValues = texts;
        deliveries.store(notification);
    }

    /**
     * The reminder of a visit due tomorrow, to its lead worker; once per visit (its id is derived from the visit,
     * and the table's unique (rule, event, recipient) key holds whichever replica raises it).
     */
    void remindOfVisit(String reference, long visitId, String dueOn, String workerId) {
        if (!settings.enabled(AlertRule.VISIT_REMINDER)) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reference", reference);
        values.put("visitId", String.valueOf(visitId));
        values.put("dueOn", dueOn);
        values.put("workerId", workerId);
        UUID source = UUID.nameUUIDFromBytes((AlertRule.VISIT_REMINDER.key() + ":" + reference + ":" + visitId)
                .getBytes(StandardCharsets.UTF_8));
        store(AlertRule.VISIT_REMINDER, source, reference, values, Recipient.worker(workerId));
    }

    /** The recipients that are known; one the directory cannot name yet is logged (by event id) and skipped. */
    private static Set<Recipient> recipients(EventEnvelope event, Recipient... candidates) {
        Set<Recipient> known = new LinkedHashSet<>();
        for (Recipient candidate : candidates) {
            if (candidate != null && candidate.scope() != null) {
                known.add(candidate);
            } else {
                LOG.warnf("Event %s (%s): a recipient is not known yet and is skipped", event.id(), event.type());
            }
        }
        return known;
    }

    private static Recipient workerRecipient(String workerId) {
        return workerId == null ? null : Recipient.worker(workerId);
    }

    private static Recipient supervisorOf(String agencyCode) {
        return agencyCode == null ? null : Recipient.supervisorOf(agencyCode);
    }

    private static Recipient officerOf(String officeCode) {
        return officeCode == null ? null : Recipient.officerOf(officeCode);
    }

    private static Instant time(EventEnvelope event) {
        return Optional.ofNullable(event.time()).orElseGet(Instant::now);
    }
}
