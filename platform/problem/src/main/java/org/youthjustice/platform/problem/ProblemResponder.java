package org.youthjustice.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.youthjustice.platform.correlation.CorrelationId;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a problem into the HTTP answer: fills in the request path and correlation id, and writes the body itself
 * so that the answer goes out as problem+json whatever the client put in {@code Accept}.
 */
@ApplicationScoped
public class ProblemResponder {

    private final ObjectMapper json;

    ProblemResponder(ObjectMapper json) {
        this.json = json;
    }

    public Response respond(UriInfo request, int status, ProblemType type, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, pathOf(request),
                CorrelationId.current().orElse(null), errors, extensions);
        return respond(problem);
    }

    public Response respond(UriInfo request, int status, ProblemType type, String detail) {
        return respond(request, status, type, detail, null, null);
    }

    public Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(write(problem))
                .build();
    }

    // The query string is left out: it may carry search terms that identify a person.
    private static String pathOf(UriInfo request) {
        return request == null ? null : request.getRequestUri().getRawPath();
    }

    // The service's ObjectMapper writes the errors and extension members, as it writes the rest of its JSON.
    private String write(Problem problem) {
        return new ProblemDocument(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), problem.correlationId()).toJson(problem.errors(), problem.extensions(), json);
    }
}
