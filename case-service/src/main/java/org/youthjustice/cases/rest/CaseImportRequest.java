package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Referrals a partner system moves in at once. The items are not validated as a whole: each is validated and
 * referred on its own, so that one bad item does not hold back the others.
 */
@Schema(description = "Up to 1,000 referrals of the caller's court, each validated and referred on its own")
public record CaseImportRequest(
        @NotNull
        @Size(min = 1, max = 1000, message = "must hold 1 to 1000 referrals")
        List<ReferCaseRequest> items) {
}
