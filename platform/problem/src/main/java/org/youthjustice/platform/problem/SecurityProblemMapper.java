package org.youthjustice.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Answers missing or bad credentials with 401 and a refused role with 403. These reach Jakarta REST only when
 * proactive authentication is off ({@code quarkus.http.auth.proactive=false}, a default this jar ships).
 * The detail never says why a token was refused: that would help whoever forged it.
 */
public class SecurityProblemMapper {

    private static final String CHALLENGE = "Bearer";

    private final ProblemResponder responder;

    SecurityProblemMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response unauthorized(UnauthorizedException failure, UriInfo request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response authenticationFailed(AuthenticationFailedException failure, UriInfo request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response authenticationIncomplete(AuthenticationCompletionException failure, UriInfo request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response forbidden(ForbiddenException failure, UriInfo request) {
        return responder.respond(request, 403, ProblemType.ACCESS_DENIED,
                "Your role does not allow this operation");
    }

    private Response unauthenticated(UriInfo request) {
        Response problem = responder.respond(request, 401, ProblemType.AUTHENTICATION_REQUIRED,
                "A valid bearer token is required");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
