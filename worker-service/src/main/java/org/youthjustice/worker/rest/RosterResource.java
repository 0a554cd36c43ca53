package org.youthjustice.worker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.worker.service.PostingService;
import org.youthjustice.worker.service.WorkerIdentity;
import org.youthjustice.worker.service.WorkerScope;

import java.time.LocalDate;
import java.util.Optional;

@Path("/rosters")
@Tag(name = "Rosters", description = "Who is posted where, when")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    PostingService postings;

    @Inject
    WorkerIdentity identity;

    @Inject
    WorkerScope scope;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "The roster",
            description = "Postings that cover at least one day of the period, by site, first day and worker. "
                    + "Judicial officers see their office's roster only, court officers their court's, supervisors "
                    + "their agency's workers, a social worker their own postings; admins all.")
    @APIResponse(responseCode = "200", description = "A page of roster lines")
    @APIResponse(responseCode = "400", description = "Invalid filter, period or page")
    public Page<RosterEntryView> roster(
            @QueryParam("site") @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE) String site,
            @QueryParam("agency") @Parameter(description = "Credit code of the workers' agency") String agency,
            @QueryParam("from") @Parameter(description = "First day, default today") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day, default the first day") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        LocalDate first = from != null ? from : scope.today();
        LocalDate last = to != null ? to : first;
        return postings.roster(Optional.ofNullable(site), Optional.ofNullable(agency), first, last, page)
                .map(entry -> RosterEntryView.of(entry, identity.masked(entry.worker()).name()));
    }
}
