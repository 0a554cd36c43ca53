package org.youthjustice.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers the domain outcomes that services throw as {@link ProblemException}. */
public class DomainProblemMapper {

    private final ProblemResponder responder;

    DomainProblemMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response map(ProblemException problem, UriInfo request) {
        return responder.respond(request, problem.status(), problem.type(), problem.detail(), problem.errors(),
                problem.extensions());
    }
}
