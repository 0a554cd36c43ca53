package org.youthjustice.platform.idempotency;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemResponder;
import org.youthjustice.platform.problem.ProblemType;

/** Answers an invalid {@code Idempotency-Key} with 400 {@code validation}, the header named as the field. */
public class InvalidIdempotencyKeyMapper {

    private final ProblemResponder responder;

    InvalidIdempotencyKeyMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper
    public Response map(InvalidIdempotencyKey failure, UriInfo request) {
        return responder.respond(request, 400, ProblemType.VALIDATION, "The request has invalid fields",
                List.of(new FieldError(IdempotencyKey.HEADER, "Pattern", IdempotencyKey.MESSAGE)), null);
    }
}
