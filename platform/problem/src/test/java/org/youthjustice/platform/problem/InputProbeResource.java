package org.youthjustice.platform.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Takes input of every kind the services take, and gives it back as it was read. */
@Path("/input")
@Produces(MediaType.APPLICATION_JSON)
public class InputProbeResource {

    public enum CorrectionKind { PROBATION, PAROLE }

    public record Item(String label, int quantity) {
    }

    public record Visit(String note, CorrectionKind correctionKind, LocalDate day, Instant scheduledAt,
            Integer minutes, Boolean urgent, BigDecimal cost, List<String> tags, List<Item> items,
            Map<String, String> labels) {
    }

    /** Query parameters gathered in a bean, as a service's list filters are. */
    public static class Period {

        @QueryParam("periodFrom")
        public LocalDate periodFrom;

        @QueryParam("open")
        public Boolean open;
    }

    /** A type Jackson cannot construct: a fault of the service, never of the client. */
    public interface Shape {
    }

    @POST
    @Path("/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Visit schedule(Visit visit) {
        return visit;
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Item add(Item item) {
        return item;
    }

    @POST
    @Path("/shapes")
    @Consumes(MediaType.APPLICATION_JSON)
    public String draw(Shape shape) {
        return "drawn";
    }

    @GET
    @Path("/visits")
    public String find(@QueryParam("urgent") Boolean urgent, @QueryParam("from") LocalDate from,
            @QueryParam("before") Instant before, @QueryParam("note") String note) {
        return urgent + " " + from + " " + before + " " + note;
    }

    @GET
    @Path("/periods")
    public String periods(@BeanParam Period period) {
        return period.periodFrom + " " + period.open;
    }

    @GET
    @Path("/visits/{reference}")
    public String visit(@PathParam("reference") String reference) {
        return reference;
    }
}
