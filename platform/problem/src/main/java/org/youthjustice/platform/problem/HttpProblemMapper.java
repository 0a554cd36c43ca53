package org.youthjustice.platform.problem;

import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Answers the HTTP-level refusals of Jakarta REST (unknown path, wrong method, media types the resource does
 * not speak, ...) with their own status. Headers a client needs to retry correctly are kept.
 */
public class HttpProblemMapper {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE);

    private final ProblemResponder responder;
    private final JsonProblemMapper json;
    private final UnexpectedProblemMapper unexpected;

    HttpProblemMapper(ProblemResponder responder, JsonProblemMapper json, UnexpectedProblemMapper unexpected) {
        this.responder = responder;
        this.json = json;
        this.unexpected = unexpected;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response map(WebApplicationException failure, UriInfo request) {
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return json.map(unreadable, request);
        }
        if (failure instanceof RefusedParameter refused) {
            return responder.respond(request, 400, ProblemType.INVALID_PARAMETER, refused.getMessage(),
                    List.of(refused.error()), null);
        }
        // Jakarta REST answers 404 when a path or query parameter does not convert (?size=many); that is a
        // malformed request, not a missing resource, so the client hears 400.
        if (failure instanceof NotFoundException && failure.getCause() != null) {
            return responder.respond(request, 400, ProblemType.INVALID_PARAMETER,
                    "A path or query parameter has a value of the wrong type or format");
        }
        int status = failure.getResponse().getStatus();
        // A downstream service's refusal says nothing about this request: it is our failure to handle.
        if (failure instanceof ResteasyReactiveClientProblem || status >= 500) {
            return unexpected.map(failure, request);
        }
        Response.ResponseBuilder answer = Response.fromResponse(
                responder.respond(request, status, ProblemType.forStatus(status), detail(status)));
        for (String header : KEPT_HEADERS) {
            String value = failure.getResponse().getHeaderString(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        return answer.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood";
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this operation";
            case 404 -> "There is no resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body is too large";
            case 415 -> "This media type is not accepted here";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "The request was refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }
}
