package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.AssessorAppointment;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.WorkerPosting;
import org.youthjustice.cases.domain.WorkerStatus;
import org.youthjustice.cases.messaging.in.AssessorAppointed;
import org.youthjustice.cases.messaging.in.WorkerPosted;
import org.youthjustice.cases.messaging.in.WorkerPostingEnded;
import org.youthjustice.cases.messaging.in.WorkerRegistered;
import org.youthjustice.cases.messaging.in.WorkerStatusChanged;
import org.youthjustice.cases.messaging.out.CaseEvents;
import org.youthjustice.platform.messaging.EventEnvelope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applies worker-service's events to this service's view of workers, postings and assessor appointments. Runs inside the inbox's
 * transaction, so a change and the record of its event commit together. Events of one worker arrive in order
 * (keyed by worker id).
 */
@ApplicationScoped
public class WorkerReplica {

    private static final String SYSTEM = "worker-service";

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case WorkerRegistered.TYPE -> {
                WorkerRegistered registered = event.data(WorkerRegistered.class);
                status(registered.workerId(), registered.agencyCode(), registered.status(), event.time());
            }
            case WorkerStatusChanged.TYPE -> statusChanged(event.data(WorkerStatusChanged.class));
            case WorkerPosted.TYPE -> posted(event.data(WorkerPosted.class));
            case WorkerPostingEnded.TYPE -> {
                WorkerPostingEnded ended = event.data(WorkerPostingEnded.class);
                WorkerPosting.<WorkerPosting>findByIdOptional(ended.postingId())
                        .ifPresent(posting -> posting.lastDay = ended.endsOn());
            }
            case AssessorAppointed.TYPE -> appointed(event.data(AssessorAppointed.class));
            default -> {
                // agencies, training, capacity and the rest do not concern cases
            }
        }
    }

    private void statusChanged(WorkerStatusChanged changed) {
        WorkerStatus status = status(changed.workerId(), changed.agencyCode(), changed.toStatus(), changed.changedAt());
        if (!status.unavailable()) {
            return;
        }
        Instant now = Instant.now(clock);
        List<JuvenileCase> led = JuvenileCase.list("assignedWorkerId = ?1 and status <> ?2 and reassignmentNeeded = false",
                changed.workerId(), CaseStatus.CLOSED);
        for (JuvenileCase c : led) {
            c.reassignmentNeeded = true;
            c.touch(SYSTEM, now);
            events.reassignmentNeeded(c, status.status, now);
        }
    }

    private static WorkerStatus status(String workerId, String agencyId, String value, Instant at) {
        WorkerStatus status = WorkerStatus.<WorkerStatus>findByIdOptional(workerId).orElseGet(WorkerStatus::new);
        status.workerId = workerId;
        status.agencyId = agencyId;
        status.status = value;
        status.changedAt = at == null ? Instant.EPOCH : at;
        status.persist();
        return status;
    }

    private static void posted(WorkerPosted posted) {
        WorkerPosting posting = WorkerPosting.<WorkerPosting>findByIdOptional(posted.postingId())
                .orElseGet(WorkerPosting::new);
        posting.postingId = posted.postingId();
        posting.workerId = posted.workerId();
        posting.agencyId = posted.agencyCode();
        posting.siteCode = posted.siteCode();
        posting.firstDay = posted.from();
        posting.lastDay = posted.to();
        posting.persist();
    }

    /**
     * Written whole from the event, keyed by worker-service's appointment id: a redelivery writes the same row, and
     * appointments are independent of each other, so their events may come in any order.
     */
    private static void appointed(AssessorAppointed appointed) {
        AssessorAppointment appointment = AssessorAppointment.<AssessorAppointment>findByIdOptional(
                appointed.appointmentId()).orElseGet(AssessorAppointment::new);
        appointment.appointmentId = appointed.appointmentId();
        appointment.workerId = appointed.workerId();
        appointment.courtCode = appointed.courtCode();
        appointment.firstDay = appointed.appointedOn();
        appointment.lastDay = appointed.termEndsOn();
        appointment.persist();
    }
}
