package org.youthjustice.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Documents its answers as a service's resource does, naming only what is specific to it. */
@Path("/documented")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentedProbeResource {

    @GET
    @Path("/widgets/{id}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @APIResponse(responseCode = "200", description = "The widget")
    @APIResponse(responseCode = "404", description = "No such widget in your scope")
    public String widget(@PathParam("id") String id) {
        throw ProblemException.notFound("No such widget");
    }

    @GET
    @Path("/status")
    @PermitAll
    @APIResponse(responseCode = "200", description = "Up")
    @APIResponse(responseCode = "503", description = "Down for maintenance")
    public String status() {
        return "up";
    }
}
