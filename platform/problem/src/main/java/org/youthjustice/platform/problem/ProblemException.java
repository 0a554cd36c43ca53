package org.youthjustice.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain outcome that the client must be told about, answered as problem+json with the given status. The
 * detail is shown to the client: it must not contain personal data.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, ProblemType type, String detail, List<FieldError> errors) {
        // An expected outcome, not a fault: a stack trace would cost time and never be read.
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemType.NOT_FOUND, detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemType.CONFLICT, detail, null);
    }

    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, ProblemType.UNPROCESSABLE, detail, errors);
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, ProblemType.VALIDATION, detail, errors);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, ProblemType.PRECONDITION_FAILED, detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, ProblemType.PRECONDITION_REQUIRED, detail, null);
    }

    /** Adds an extension member, e.g. {@code conflict("...").with("allowed", List.of("ACTIVE"))}. */
    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
