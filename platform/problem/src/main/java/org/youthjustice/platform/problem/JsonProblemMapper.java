package org.youthjustice.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers request bodies that cannot be read with 400: malformed JSON, a value of the wrong type, and unknown
 * properties (rejected so that a client can never set a field it is not meant to). Jackson's own messages are
 * not shown: they quote the input, which may be personal data.
 */
public class JsonProblemMapper {

    private final ProblemResponder responder;

    JsonProblemMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response map(JsonProcessingException failure, UriInfo request) {
        return responder.respond(request, 400, ProblemType.VALIDATION, detail(failure), errors(failure), null);
    }

    // Quarkus maps this subtype itself; naming it here is what lets the platform's answer win.
    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response mapMismatch(MismatchedInputException failure, UriInfo request) {
        return map(failure, request);
    }

    private static String detail(JsonProcessingException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return "Unknown property '" + unknown.getPropertyName() + "'";
        }
        if (failure instanceof MismatchedInputException && !path(failure).isEmpty()) {
            return "Property '" + path(failure) + "' has a value of the wrong type";
        }
        return "The request body is not valid JSON for this operation";
    }

    private static List<FieldError> errors(JsonProcessingException failure) {
        String field = path(failure);
        if (failure instanceof UnrecognizedPropertyException) {
            return List.of(new FieldError(field, "unknown", "unknown property"));
        }
        if (failure instanceof MismatchedInputException && !field.isEmpty()) {
            return List.of(new FieldError(field, "type", "wrong type of value"));
        }
        return List.of();
    }

    static String path(JsonProcessingException failure) {
        if (!(failure instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
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
