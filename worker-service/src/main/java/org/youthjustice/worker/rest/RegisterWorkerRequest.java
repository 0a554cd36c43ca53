package org.youthjustice.worker.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.platform.identity.ValidIdentityNumber;
import org.youthjustice.platform.problem.ValidCreditCode;
import org.youthjustice.worker.domain.Qualification;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.service.NewWorker;

import java.util.Set;

@Schema(description = "A social worker to register. Name, identity number and phone are stored encrypted.")
public record RegisterWorkerRequest(
        @NotNull
        @Pattern(regexp = WorkerIds.PATTERN, message = "must be W followed by 4 to 9 digits")
        @Schema(description = "The worker id; a Keycloak account is linked through its worker_id attribute",
                examples = "W0001")
        String workerId,

        @NotNull
        @ValidCreditCode
        @Schema(description = "Unified social-credit code of the employing agency", examples = "52440100MJL123454L")
        String agencyCode,

        @NotBlank
        @Size(max = 50)
        @Schema(description = "Full name (stored encrypted, answered masked)", examples = "Test Person")
        String name,

        @NotNull
        @ValidIdentityNumber
        @Schema(description = "Resident identity number, 18 characters with its check character (stored encrypted)",
                examples = "11010519491231002X")
        String identityNumber,

        @Pattern(regexp = "\\+?[0-9]{7,15}", message = "must be 7 to 15 digits, optionally with a leading +")
        @Schema(description = "Phone (stored encrypted, answered masked)", examples = "13800000000")
        String phone,

        @Valid
        @Schema(description = "Qualification certificate; absent for an unqualified worker")
        Qualification qualification,

        Set<@NotNull Specialisation> specialisations,

        @NotNull
        @Schema(description = "Whether the worker serves clients directly", examples = "true")
        Boolean frontLine) {

    NewWorker toNewWorker() {
        return new NewWorker(workerId, agencyCode, name, identityNumber, phone, qualification, specialisations,
                frontLine);
    }
}
