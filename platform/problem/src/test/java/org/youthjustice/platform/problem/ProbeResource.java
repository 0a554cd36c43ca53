package org.youthjustice.platform.problem;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Item(@NotBlank @Pattern(regexp = "[0-9A-Z]{18}") String creditCode, int quantity) {
    }

    public record CreateWidget(@NotBlank String name, List<@Valid Item> items) {
    }

    @POST
    @Path("/widgets")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreateWidget create(@Valid @NotNull CreateWidget widget) {
        return widget;
    }

    @GET
    @Path("/widgets")
    public List<String> list(@QueryParam("size") @Max(100) int size) {
        return List.of();
    }

    @GET
    @Path("/problems/{kind}")
    public String problem(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "not-found" -> ProblemException.notFound("Case GZ-2026-000123 not found");
            case "conflict" -> ProblemException.conflict("Case is CLOSED")
                    .with("allowed", List.of("REOPEN"));
            case "unprocessable" -> ProblemException.unprocessable("Period ends before it starts",
                    List.of(new FieldError("period.end", "before-start", "must not be before the start")));
            case "precondition-failed" -> ProblemException.preconditionFailed("The resource has changed");
            case "precondition-required" -> ProblemException.preconditionRequired("If-Match is required");
            default -> ProblemException.badRequest("Unknown kind", List.of());
        };
    }

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException("secret internals: 440101200801011234",
                new IllegalArgumentException("row of 440101200801011234 could not be written"));
    }

    @GET
    @Path("/invalid-answer")
    public @Valid CreateWidget invalidAnswer() {
        return new CreateWidget("", List.of());
    }

    @POST
    @Path("/widgets/named/{name}")
    public Response created(@PathParam("name") String name, @Context UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path("1").build()).build();
    }

    @GET
    @Path("/secured")
    @RolesAllowed("admin")
    public String secured() {
        return "granted";
    }
}
