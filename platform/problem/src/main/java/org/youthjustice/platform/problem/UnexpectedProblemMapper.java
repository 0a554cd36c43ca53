package org.youthjustice.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.youthjustice.platform.correlation.CorrelationId;

/**
 * Answers any failure nobody foresaw with a 500 that reveals nothing: no exception class, message or stack
 * trace, which could expose personal data or internals. The failure is logged with the correlation id that the
 * client receives, so that a report can be traced: its class and stack frames and those of its causes, but none of
 * their messages (see {@link RedactedFailure}).
 */
public class UnexpectedProblemMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class);

    private final ProblemResponder responder;

    UnexpectedProblemMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response map(Throwable failure, UriInfo request) {
        LOG.errorf(RedactedFailure.of(failure), "Unexpected %s in %s (correlation id %s)",
                failure.getClass().getName(),
                request == null ? "a request" : request.getRequestUri().getRawPath(),
                CorrelationId.current().orElse("none"));
        return responder.respond(request, 500, ProblemType.INTERNAL_ERROR,
                "The request could not be completed; quote the correlation id when reporting it");
    }
}
