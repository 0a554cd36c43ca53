package org.youthjustice.platform.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers Bean Validation failures with 400 and one {@link FieldError} per violation, naming each field as the
 * client sent it ({@code items[2].creditCode}), not as Java sees it ({@code create.arg0.items[2].creditCode}).
 */
public class ValidationProblemMapper {

    private final ProblemResponder responder;
    private final UnexpectedProblemMapper unexpected;

    ValidationProblemMapper(ProblemResponder responder, UnexpectedProblemMapper unexpected) {
        this.responder = responder;
        this.unexpected = unexpected;
    }

    @ServerExceptionMapper(priority = MapperPriority.PLATFORM)
    public Response map(ConstraintViolationException failure, UriInfo request) {
        if (failure.getConstraintViolations().stream().anyMatch(ValidationProblemMapper::isOnReturnValue)) {
            // An invalid response is our bug, not the client's.
            return unexpected.map(failure, request);
        }
        List<FieldError> errors = failure.getConstraintViolations().stream()
                .map(ValidationProblemMapper::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        return responder.respond(request, 400, ProblemType.VALIDATION, "The request has invalid fields", errors,
                null);
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(clientPath(violation.getPropertyPath()), code(violation), violation.getMessage());
    }

    private static String code(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the method and parameter nodes that the client never sees. A violation on a parameter itself (a query
     * parameter, or a missing body) keeps the parameter's name, as there is nothing more precise to name.
     */
    static String clientPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                case CONTAINER_ELEMENT -> appendPosition(field, node);
                default -> {
                    appendPosition(field, node);
                    if (node.getName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }

    // Hibernate Validator puts the index of a list element on the node that follows the list.
    private static void appendPosition(StringBuilder field, Path.Node node) {
        if (!node.isInIterable() || field.isEmpty()) {
            return;
        }
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }
}
