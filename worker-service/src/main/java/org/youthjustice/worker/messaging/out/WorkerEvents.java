package org.youthjustice.worker.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;
import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.AssessorAppointment;
import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerFigures;
import org.youthjustice.worker.domain.WorkerStatusChange;

import java.time.Instant;

/** The events of worker-service, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class WorkerEvents {

    public static final String TOPIC = "workers.v1";

    @Inject
    Outbox outbox;

    public void agencyRegistered(Agency agency) {
        outbox.publish(TOPIC, agency.creditCode, AgencyRegistered.TYPE, AgencyRegistered.VERSION,
                new AgencyRegistered(agency.creditCode, agency.name, agency.regionCode, agency.status.name()));
    }

    public void workerRegistered(Worker worker) {
        outbox.publish(TOPIC, worker.workerId, WorkerRegistered.TYPE, WorkerRegistered.VERSION,
                new WorkerRegistered(worker.workerId, worker.agencyCode,
                        worker.qualificationLevel == null ? null : worker.qualificationLevel.name(),
                        worker.certificateExpiresOn, worker.frontLine, worker.status.name()));
    }

    public void workerStatusChanged(Worker worker, WorkerStatusChange change) {
        outbox.publish(TOPIC, worker.workerId, WorkerStatusChanged.TYPE, WorkerStatusChanged.VERSION,
                new WorkerStatusChanged(worker.workerId, worker.agencyCode, change.fromStatus.name(),
                        change.toStatus.name(), change.changedAt));
    }

    public void workerPosted(Worker worker, Posting posting) {
        outbox.publish(TOPIC, worker.workerId, WorkerPosted.TYPE, WorkerPosted.VERSION,
                new WorkerPosted(worker.workerId, worker.agencyCode, posting.id, posting.siteCode,
                        posting.siteKind.name(), posting.startsOn, posting.endsOn, posting.fraction,
                        posting.dutyDaysPerWeek, posting.contractId));
    }

    public void postingEnded(Worker worker, Posting posting) {
        outbox.publish(TOPIC, worker.workerId, WorkerPostingEnded.TYPE, WorkerPostingEnded.VERSION,
                new WorkerPostingEnded(worker.workerId, worker.agencyCode, posting.id, posting.siteCode,
                        posting.fraction, posting.contractId, posting.endsOn));
    }

    public void assessorAppointed(Worker worker, AssessorAppointment appointment) {
        outbox.publish(TOPIC, worker.workerId, AssessorAppointed.TYPE, AssessorAppointed.VERSION,
                new AssessorAppointed(worker.workerId, worker.agencyCode, appointment.id, appointment.courtCode,
                        appointment.appointedOn, appointment.termEndsOn));
    }

    public void qualificationExpiring(Worker worker) {
        outbox.publish(TOPIC, worker.workerId, QualificationExpiring.TYPE, QualificationExpiring.VERSION,
                new QualificationExpiring(worker.workerId, worker.agencyCode, worker.qualificationLevel.name(),
                        worker.certificateExpiresOn));
    }

    /** {@code worker.capacity-exceeded} when {@code figures} is over capacity, else {@code worker.capacity-restored}. */
    public void capacityChanged(WorkerFigures figures, Instant at) {
        outbox.publish(TOPIC, figures.workerId(), figures.exceeded() ? CapacityChanged.EXCEEDED : CapacityChanged.RESTORED,
                CapacityChanged.VERSION, new CapacityChanged(figures.workerId(), figures.agencyCode(),
                        figures.weightedLoad(), figures.capacity(), figures.utilisationPercent(), at));
    }
}
