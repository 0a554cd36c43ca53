package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RowIds;
import org.youthjustice.cases.domain.ServiceKind;
import org.youthjustice.cases.domain.ServiceRecord;
import org.youthjustice.cases.messaging.out.TrackingEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.youthjustice.cases.domain.CipherColumns.SERVICE_NOTE;
import static org.youthjustice.cases.domain.CipherColumns.SERVICE_RECORD;

/** Services the lead worker delivered to the juvenile; each counts towards their agency's contract. */
@ApplicationScoped
@Transactional
public class ServiceRecords {

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    TrackingEvents events;

    @Inject
    IdentityCipher cipher;

    @Inject
    Clock clock;

    public ServiceRecord record(String reference, ServiceKind kind, int minutes, LocalDate deliveredOn, String note) {
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        if (!c.status.isTracked() || c.assignedWorkerId == null) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": services are recorded on a "
                    + "case with a lead worker that is not closed.").with("caseStatus", c.status.name());
        }
        Instant now = Instant.now(clock);
        if (deliveredOn.isAfter(ServiceZone.dayOf(now))) {
            throw ProblemException.badRequest("A service is recorded once it was delivered.",
                    List.of(new FieldError("deliveredOn", "future", "must not be in the future")));
        }
        ServiceRecord service = new ServiceRecord();
        service.id = RowIds.next(SERVICE_RECORD.name());
        service.caseId = c.id;
        service.kind = kind;
        service.minutes = minutes;
        service.deliveredOn = deliveredOn;
        service.workerId = c.assignedWorkerId;
        service.agencyId = c.assignedAgencyId;
        service.noteCipher = note == null || note.isBlank()
                ? null : cipher.encrypt(note.strip(), SERVICE_NOTE.at(service.caseId, service.id));
        service.recordedAt = now;
        service.recordedBy = caller.subject();
        service.persist();
        ServiceRecord.flush();
        events.serviceRecorded(c, service);
        return service;
    }

    /** A service record of a case in the caller's scope: what a retry of its recording answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceRecord find(String reference, long serviceId) {
        JuvenileCase c = cases.find(reference);
        return ServiceRecord.<ServiceRecord>find("id = ?1 and caseId = ?2", serviceId, c.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case " + reference + " has no service record "
                        + serviceId + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ServiceRecord> list(String reference, PageRequest page) {
        JuvenileCase c = cases.find(reference);
        var found = ServiceRecord.<ServiceRecord>find("caseId", Sort.descending("deliveredOn").and("id",
                Sort.Direction.Descending), c.id);
        return Page.of(found, page);
    }
}
