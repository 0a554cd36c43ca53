package org.youthjustice.platform.idempotency;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import io.agroal.api.AgroalDataSource;

import static org.awaitility.Awaitility.await;

/** Creates probe records as a service's resource creates its records: once per Idempotency-Key. */
@Path("/probes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ProbeResource {

    public record ProbeRequest(@NotNull String label, int heldForWaiters) {
    }

    public record ProbeView(long id, String label) {
    }

    private static final String WAITING_ON_A_LOCK = """
            select count(*) from pg_stat_activity
             where datname = current_database() and wait_event_type = 'Lock'""";

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AgroalDataSource dataSource;

    @POST
    @Path("{group}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("group") String group,
            @HeaderParam(IdempotencyKey.HEADER) IdempotencyKey key, @NotNull @Valid ProbeRequest request,
            @Context UriInfo uri) {
        ProbeView probe = idempotency.once(key, request, () -> insert(group, request), created -> Long.toString(
                created.id()), id -> find(Long.parseLong(id)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(probe.id())).build()).entity(probe)
                .build();
    }

    @GET
    public long count(@QueryParam("label") String label) {
        return query("select count(*) from probe_record where label = ?", label);
    }

    ProbeView insert(String group, ProbeRequest request) {
        if (request.label().startsWith("refused")) {
            throw ProblemException.unprocessable("Refused by a rule.", List.of(new FieldError("label", "refused",
                    "is refused")));
        }
        long id = query("insert into probe_record (label) values (?) returning id", group + ":" + request.label());
        if (request.heldForWaiters() > 0) {
            // holds the claim until that many concurrent requests with the same key wait on it (a row lock)
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> waitingOnALock() >= request.heldForWaiters());
        }
        return new ProbeView(id, group + ":" + request.label());
    }

    ProbeView find(long id) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("select label from probe_record where id = ?")) {
            select.setLong(1, id);
            try (var row = select.executeQuery()) {
                row.next();
                return new ProbeView(id, row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long waitingOnALock() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var row = statement.executeQuery(WAITING_ON_A_LOCK)) {
            row.next();
            return row.getLong(1);
        }
    }

    private long query(String sql, String parameter) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
