package org.youthjustice.platform.caller;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

@Path("/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerProbeResource {

    public record CallerView(String subject, String username, String clientId, Set<String> roles,
            boolean supervisesOrJudges, boolean admin, String workerId, String agencyId, String officeCode,
            String courtCode, String departmentCode) {
    }

    @Inject
    Caller caller;

    @GET
    @Authenticated
    public CallerView view() {
        return new CallerView(caller.subject(), orNull(caller.username()), orNull(caller.clientId()),
                new TreeSet<>(caller.roles()), caller.hasAnyRole(Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER),
                caller.hasRole(Roles.ADMIN), orNull(caller.workerId()), orNull(caller.agencyId()),
                orNull(caller.officeCode()), orNull(caller.courtCode()), orNull(caller.departmentCode()));
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return "granted";
    }

    @GET
    @Path("/public")
    @PermitAll
    public String publicView() {
        return "authenticated=" + caller.isAuthenticated();
    }

    @GET
    @Path("/public-subject")
    @PermitAll
    public String publicSubject() {
        return caller.subject();
    }

    private static String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
