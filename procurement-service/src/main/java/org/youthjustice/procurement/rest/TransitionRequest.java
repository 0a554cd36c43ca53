package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.ContractStatus;

@Schema(description = "Move a contract to another status")
public record TransitionRequest(
        @NotNull
        @Schema(examples = "AWARDED")
        ContractStatus to,

        @NotBlank
        @Size(max = 1000)
        @Schema(description = "Why; kept in the contract's history, never published", examples = "Tender evaluated")
        String reason) {
}
