package org.youthjustice.worker.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.Qualification;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.service.WorkerIdentity;

import java.time.Instant;
import java.util.Set;

@Schema(description = "A social worker; personal data is masked")
public record WorkerView(
        @Schema(examples = "W0001") String workerId,
        @Schema(examples = "52440100MJL123454L") String agencyCode,
        @Schema(description = "Masked name", examples = "张*明") String name,
        @Schema(description = "Masked identity number", examples = "1101**********002X") String identityNumber,
        @Schema(description = "Masked phone", examples = "138****0000") String phone,
        Qualification qualification,
        Set<Specialisation> specialisations,
        boolean frontLine,
        WorkerStatus status,
        Instant registeredAt,
        Instant updatedAt) {

    static WorkerView of(Worker worker, WorkerIdentity.Masked masked) {
        return new WorkerView(worker.workerId, worker.agencyCode, masked.name(), masked.identityNumber(),
                masked.phone(), worker.qualification().orElse(null), worker.specialisations,
                worker.frontLine, worker.status, worker.createdAt, worker.updatedAt);
    }
}
