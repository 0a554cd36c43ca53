package org.youthjustice.platform.correlation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.MDC;

import io.smallrye.common.annotation.NonBlocking;

@Path("/probe")
public class CorrelationProbeResource {

    @Inject
    @RestClient
    EchoClient echo;

    @GET
    @Path("/mdc")
    public String mdcOnWorkerThread() {
        return String.valueOf(MDC.get(CorrelationId.MDC_KEY));
    }

    @GET
    @Path("/mdc-event-loop")
    @NonBlocking
    public String mdcOnEventLoop() {
        return String.valueOf(MDC.get(CorrelationId.MDC_KEY));
    }

    @GET
    @Path("/current")
    public String current() {
        return CorrelationId.current().orElse("none");
    }

    @GET
    @Path("/ids")
    public String ids() {
        return CorrelationId.current().orElse("none") + " client=" + CorrelationId.client().orElse("none");
    }

    @GET
    @Path("/received-header")
    public String receivedHeader(@HeaderParam(CorrelationId.HEADER) String header) {
        return header;
    }

    @GET
    @Path("/outgoing")
    public String outgoing() {
        return echo.receivedHeader();
    }

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException("boom");
    }
}
