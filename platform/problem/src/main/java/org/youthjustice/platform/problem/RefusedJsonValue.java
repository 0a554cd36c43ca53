package org.youthjustice.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the platform still refuses: text that cannot be stored, a date outside the
 * accepted years. Jackson adds the path of the field as the failure travels up, so {@link JsonProblemMapper} can
 * name it; the message never quotes the value, which may be personal data.
 */
final class RefusedJsonValue extends MismatchedInputException {

    private final String code;
    private final String reason;

    RefusedJsonValue(JsonParser parser, Class<?> target, String code, String reason) {
        super(parser, reason, target);
        this.code = code;
        this.reason = reason;
    }

    /** The {@link FieldError#code()} to answer, e.g. {@code text} or {@code range}. */
    String code() {
        return code;
    }

    /** The {@link FieldError#message()} to answer. */
    String reason() {
        return reason;
    }
}
