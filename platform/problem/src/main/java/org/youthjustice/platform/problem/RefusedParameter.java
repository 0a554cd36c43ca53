package org.youthjustice.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A path or query parameter the platform refuses, with the parameter named: text that cannot be stored
 * ({@link ParameterTextFilter}), a boolean that is neither {@code true} nor {@code false}, a date that is not ISO 8601
 * or outside the accepted years ({@link StrictParameterConverters}). It is a {@link WebApplicationException} because
 * Jakarta REST passes those on as they are from a parameter converter, where it turns any other failure into a
 * bare 404 that could name nothing. {@link HttpProblemMapper} answers it.
 */
final class RefusedParameter extends WebApplicationException {

    private final FieldError error;

    RefusedParameter(String parameter, String code, String reason) {
        super("Parameter '" + parameter + "' " + reason, Response.Status.BAD_REQUEST);
        this.error = new FieldError(parameter, code, reason);
    }

    FieldError error() {
        return error;
    }
}
