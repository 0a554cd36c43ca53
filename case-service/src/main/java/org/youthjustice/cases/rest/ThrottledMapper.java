package org.youthjustice.cases.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.youthjustice.cases.service.Throttled;
import org.youthjustice.platform.problem.ProblemResponder;

/**
 * Answers a throttled request like any other problem, with the {@code Retry-After} that a 429 owes the client: the
 * platform's mapper knows no headers, and the more specific exception class picks this mapper.
 */
public class ThrottledMapper {

    private final ProblemResponder responder;

    ThrottledMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper
    public Response map(Throttled throttled, UriInfo request) {
        Response problem = responder.respond(request, throttled.status(), throttled.type(), throttled.detail(),
                throttled.errors(), throttled.extensions());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds()).build();
    }
}
