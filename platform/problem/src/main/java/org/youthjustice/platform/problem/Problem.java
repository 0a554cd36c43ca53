package org.youthjustice.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details document, the body of every 4xx and 5xx answer, written by {@link ProblemDocument}
 * (platform-problem-core, which the gateway writes its own problems with too).
 *
 * @param extensions members specific to a problem type (e.g. the {@code allowed} transitions of a 409), written
 *                   at the top level of the document
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(examples = "https://youthjustice.org/problems/validation") URI type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "The request has invalid fields") String detail,
        @Schema(description = "the request path", examples = "/cases") String instance,
        @Schema(description = "the X-Request-Id of the request", examples = "4b6f2c1e-8f1a-4f44-9d0c-2a7f3e5b9c10") String correlationId,
        @Schema(description = "the rejected fields, for validation problems") List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = ProblemDocument.MEDIA_TYPE;

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }
}
