package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.RevealPurpose;

@Schema(description = "A request for a juvenile's identity in clear")
public record RevealRequest(
        @NotNull
        @Schema(description = "Why the identity is needed; a lead social worker states HOME_VISIT_CONTACT or "
                + "GUARDIAN_CONTACT", examples = "HOME_VISIT_CONTACT")
        RevealPurpose purpose) {
}
