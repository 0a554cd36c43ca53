package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.service.AuditTrail;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@Path("/audit-events")
@Tag(name = "Audit", description = "The append-only audit trail of reveals, sealed reads, sealing, transitions, "
        + "assignments and exports")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private static final Pattern REFERENCE =
            Pattern.compile("[A-Z]{2,4}-[0-9]{4}-[0-9]{6}");

    @Inject
    AuditTrail trail;

    /**
     * Auditors only, not admins: an admin's own acts (sealing, sealed reads, transitions) are in the trail, and the
     * people who check them should not be the people they check.
     */
    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Search the audit trail",
            description = "Auditors only (admins are refused: their own acts are in the trail). Newest first; every "
                    + "filter given must match. Rows name cases by reference and people by subject and username, "
                    + "never a juvenile's identity.")
    @APIResponse(responseCode = "200", description = "A page of audit rows")
    @APIResponse(responseCode = "400", description = "Invalid filter or page, with the field named")
    public Page<AuditEventView> search(@QueryParam("case")
                                       @Parameter(description = "Rows of this case (a reference such as "
                                               + "GZ-2026-000123)") String caseReference,
                                       @QueryParam("actor") @Size(min = 1, max = 255)
                                       @Parameter(description = "Rows of this actor: a username or a subject")
                                       String actor,
                                       @QueryParam("action") AuditAction action,
                                       @QueryParam("from")
                                       @Parameter(description = "Rows at or after this instant (ISO 8601)")
                                       Instant from,
                                       @QueryParam("to")
                                       @Parameter(description = "Rows before this instant (ISO 8601)") Instant to,
                                       @Valid @BeanParam PageRequest page) {
        // checked here rather than with @Pattern: a violation names the Java parameter, and "case" cannot be one
        if (caseReference != null && !REFERENCE.matcher(caseReference).matches()) {
            throw ProblemException.badRequest("The request has invalid fields", List.of(new FieldError("case",
                    "Pattern", "must be a case reference such as GZ-2026-000123")));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.badRequest("The period is empty.",
                    List.of(new FieldError("to", "before-from", "must be after from")));
        }
        AuditTrail.Filter filter = new AuditTrail.Filter(Optional.ofNullable(caseReference),
                Optional.ofNullable(actor), Optional.ofNullable(action), Optional.ofNullable(from),
                Optional.ofNullable(to));
        return trail.search(filter, page).map(AuditEventView::of);
    }
}
