package org.youthjustice.platform.problem;

import jakarta.validation.ConstraintViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rejected input field.
 *
 * @param field   the field as the client sent it, e.g. {@code name} or {@code items[2].creditCode}
 * @param code    a stable machine-readable reason, e.g. {@code NotBlank}, {@code unknown}, {@code type}
 * @param message a human-readable explanation
 */
@Schema(name = "FieldError", description = "One rejected input field")
public record FieldError(
        @Schema(examples = "items[2].creditCode") String field,
        @Schema(examples = "NotBlank") String code,
        @Schema(examples = "must not be blank") String message) {

    /**
     * The field error of a Bean Validation violation, naming the field as the client sent it; for requests that
     * validate parts on their own, e.g. each item of a bulk import.
     */
    public static FieldError of(ConstraintViolation<?> violation) {
        return ValidationProblemMapper.toFieldError(violation);
    }
}
