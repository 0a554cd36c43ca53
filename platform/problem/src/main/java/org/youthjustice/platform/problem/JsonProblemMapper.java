package org.youthjustice.platform.problem;

import java.util.Optional;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers request bodies that cannot be read with 400 and the field named: malformed JSON, a repeated member, a
 * value of the wrong type, a value refused as it stands ({@link RefusedJsonValue}), a number too large for its
 * field, and unknown properties (rejected so that a client can never set a field it is not meant to). Jackson's own
 * messages are not shown: they quote the input, which may be personal data.
 */
public class JsonProblemMapper {

    private final ProblemResponder responder;
    private final UnexpectedProblemMapper unexpected;

    JsonProblemMapper(ProblemResponder responder, UnexpectedProblemMapper unexpected) {
        this.responder = responder;
        this.unexpected = unexpected;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response map(JsonProcessingException failure, UriInfo request) {
        Optional<FieldError> error = fieldError(failure);
        String detail = error.map(JsonProblemMapper::detail)
                .orElse("The request body is not valid JSON for this operation");
        return responder.respond(request, 400, ProblemType.VALIDATION, detail, error.stream().toList(), null);
    }

    // Quarkus maps this subtype itself; naming it here is what lets the platform's answer win.
    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response mapMismatch(MismatchedInputException failure, UriInfo request) {
        return map(failure, request);
    }

    // A type that Jackson cannot bind is our fault, not the client's. Quarkus maps this subtype too, with an empty
    // 500 that is no problem document.
    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response mapDefinition(InvalidDefinitionException failure, UriInfo request) {
        return unexpected.map(failure, request);
    }

    private static Optional<FieldError> fieldError(JsonProcessingException failure) {
        Optional<String> duplicate = DuplicateMember.in(failure);
        if (duplicate.isPresent()) {
            return Optional.of(new FieldError(duplicate.get(), "duplicate", "appears more than once"));
        }
        String field = path(failure);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return Optional.of(new FieldError(field, "unknown", "unknown property"));
        }
        if (failure instanceof RefusedJsonValue refused) {
            return Optional.of(new FieldError(field, refused.code(), refused.reason()));
        }
        // the parser's refusal of 3000000000 for an int, wrapped with the path of the field
        if (failure.getCause() instanceof InputCoercionException) {
            return Optional.of(new FieldError(field, "range", "is too large or too small for this field"));
        }
        if (failure instanceof MismatchedInputException) {
            return Optional.of(new FieldError(field, "type", "wrong type of value"));
        }
        return Optional.empty();
    }

    private static String detail(FieldError error) {
        return switch (error.code()) {
            case "unknown" -> "Unknown property '" + error.field() + "'";
            case "type" -> "Property '" + error.field() + "' has a value of the wrong type";
            default -> "Property '" + error.field() + "' " + error.message();
        };
    }

    private static String path(JsonProcessingException failure) {
        if (!(failure instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            // a member name that is refused itself is not repeated: it may hold a NUL or half a surrogate pair
            if (reference.getFieldName() != null && StorableText.isStorable(reference.getFieldName())) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
