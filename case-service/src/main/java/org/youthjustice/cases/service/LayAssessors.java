package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.AssessorAppointment;
import org.youthjustice.cases.domain.CaseAssignment;
import org.youthjustice.cases.domain.CaseHearing;
import org.youthjustice.cases.domain.CaseTeamMember;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of lay assessors (人民陪审员) at a case's hearings, checked from both sides: a hearing takes only workers
 * appointed at its court on its day (from the replica of worker-service's {@code assessor.appointed}) who do not work
 * on the case, and a worker who sits on a hearing of the case yet to come does not join its team or lead it. Each
 * caller holds the case's row lock, so that a hearing and a change of the team or lead cannot pass each other's check.
 * Answers name workers by worker id only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LayAssessors {

    @Inject
    Clock clock;

    /** Refuses (422) the {@code assessors} not appointed at {@code courtCode} on the day of {@code at} in China. */
    public void requireAppointed(String courtCode, Instant at, Collection<String> assessors, String field) {
        LocalDate day = ServiceZone.dayOf(at);
        Set<String> unappointed = new TreeSet<>(assessors);
        AssessorAppointment.<AssessorAppointment>list("workerId in ?1 and courtCode = ?2 and firstDay <= ?3 "
                + "and lastDay >= ?3", assessors, courtCode, day).forEach(a -> unappointed.remove(a.workerId));
        if (!unappointed.isEmpty()) {
            throw ProblemException.unprocessable("Lay assessors " + String.join(", ", unappointed) + " are not "
                            + "appointed people's assessors at court " + courtCode + " on " + day + ".",
                    List.of(new FieldError(field, "not-appointed",
                            "must be appointed people's assessors at the hearing's court on its day")))
                    .with("unappointedWorkerIds", List.copyOf(unappointed));
        }
    }

    /** Refuses (422) the {@code assessors} who lead or ever led the case or are workers of its team. */
    public void requireUninvolved(JuvenileCase c, Collection<String> assessors, String field) {
        Set<String> conflicting = new TreeSet<>();
        CaseAssignment.<CaseAssignment>list("caseId = ?1 and workerId in ?2", c.id, assessors)
                .forEach(a -> conflicting.add(a.workerId));
        CaseTeamMember.<CaseTeamMember>list("caseId = ?1 and workerId in ?2", c.id, assessors)
                .forEach(m -> conflicting.add(m.workerId));
        if (!conflicting.isEmpty()) {
            throw ProblemException.unprocessable("Lay assessors " + String.join(", ", conflicting) + " work or "
                            + "worked on this case and cannot serve on its hearing.",
                    List.of(new FieldError(field, "conflict",
                            "must not lead, have led, or be on the team of the case")))
                    .with("conflictingWorkerIds", List.copyOf(conflicting));
        }
    }

    /**
     * Refuses (422) the {@code workers} who sit as lay assessors on a hearing of the case yet to come: they would
     * judge a case they work on. A hearing that is over is no reason to keep a worker off the case.
     */
    public void requireNotSitting(JuvenileCase c, Collection<String> workers, String field) {
        if (workers.isEmpty()) {
            return;
        }
        Set<String> sitting = new TreeSet<>();
        CaseHearing.<CaseHearing>list("caseId = ?1 and scheduledAt > ?2", c.id, Instant.now(clock))
                .forEach(h -> h.assessorWorkerIds.stream().filter(workers::contains).forEach(sitting::add));
        if (!sitting.isEmpty()) {
            throw ProblemException.unprocessable("Workers " + String.join(", ", sitting) + " sit as lay assessors "
                            + "on a hearing of this case to come and cannot work on it.",
                    List.of(new FieldError(field, "lay-assessor",
                            "must not sit as a lay assessor on a hearing of the case to come")))
                    .with("conflictingWorkerIds", List.copyOf(sitting));
        }
    }
}
