package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.service.CaseTeams;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.EntityTags;

import java.util.List;

@Path("/cases/{reference}/team")
@Tag(name = "Team", description = "The correction team of a case: workers, officer, guardians, school contact")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role may not do this (court officers and auditors "
        + "never see a case's tracking)")
@APIResponse(responseCode = "404", description = "No such case in the caller's scope")
public class TeamResource {

    @Inject
    CaseTeams teams;

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "A case's correction team", description = "In the order set. Names and phones of people "
            + "who are not workers are in clear for the lead worker only, masked for every other reader.")
    @APIResponse(responseCode = "200", description = "The team, with the ETag that a change of it names in If-Match",
            headers = @Header(name = "ETag", description = EntityTags.DOCUMENTED),
            content = @Content(schema = @Schema(implementation = TeamMemberView.class, type = SchemaType.ARRAY)))
    public Response team(@PathParam("reference") String reference) {
        return shown(teams.team(reference));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "Set a case's correction team",
            description = "The lead social worker, judicial officers of the office, admins; replaces the whole team "
                    + "(a full replacement: the same body twice gives the same team). Needs If-Match with the ETag of "
                    + "the team as read (\"0\" before it is first set), so that two people editing it at once never "
                    + "lose one's change. A WORKER is named by workerId only, anyone else by name and phone (encrypted "
                    + "at rest). Team workers cannot be lay assessors at the case's hearings, nor can a lay "
                    + "assessor of a hearing to come join the team. The case must be accepted and not closed.")
    @APIResponse(responseCode = "200", description = "The team as set, with its new ETag",
            content = @Content(schema = @Schema(implementation = TeamMemberView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The case is not accepted yet or closed; caseStatus names its "
            + "status")
    @APIResponse(responseCode = "412", description = "The team changed since the ETag was read")
    @APIResponse(responseCode = "422", description = "A worker joining the team sits as lay assessor on a hearing of "
            + "the case to come (conflictingWorkerIds)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("reference") String reference,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid TeamRequest request) {
        return shown(teams.replace(reference, EntityTags.required(ifMatch), request.toMembers()));
    }

    /** The members as the body, the team's version as the ETag. */
    private static Response shown(CaseTeams.Team team) {
        List<TeamMemberView> members = team.members().stream().map(TeamMemberView::of).toList();
        return Response.ok(members).tag(EntityTags.of(team.version())).build();
    }
}
