package org.youthjustice.platform.problem;

import java.net.URI;

/**
 * What kind of problem a response reports: a stable URI clients can branch on, and a short title that does not
 * change from one occurrence to the next (RFC 9457 §3.1).
 */
public record ProblemType(URI uri, String title) {

    public static final String BASE = "https://youthjustice.org/problems/";

    public static final ProblemType VALIDATION = of("validation", "Invalid request");
    public static final ProblemType MALFORMED_REQUEST = of("malformed-request", "Malformed request");
    public static final ProblemType INVALID_PARAMETER = of("invalid-parameter", "Invalid parameter");
    public static final ProblemType AUTHENTICATION_REQUIRED = of("authentication-required", "Authentication required");
    public static final ProblemType ACCESS_DENIED = of("access-denied", "Access denied");
    public static final ProblemType NOT_FOUND = of("not-found", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", "Not acceptable");
    public static final ProblemType CONFLICT = of("conflict", "Conflict");
    public static final ProblemType PRECONDITION_FAILED = of("precondition-failed", "Precondition failed");
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", "Payload too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", "Unsupported media type");
    public static final ProblemType UNPROCESSABLE = of("rule-violation", "Request refused by a business rule");
    public static final ProblemType PRECONDITION_REQUIRED = of("precondition-required", "Precondition required");
    public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", "Too many requests");
    public static final ProblemType INTERNAL_ERROR = of("internal-error", "Internal error");
    public static final ProblemType SERVICE_UNAVAILABLE = of("service-unavailable", "Service unavailable");
    /** The gateway could not reach the service that serves the path. */
    public static final ProblemType BAD_GATEWAY = of("bad-gateway", "Bad gateway");
    /** The service that serves the path did not start its answer within the gateway's deadline. */
    public static final ProblemType GATEWAY_TIMEOUT = of("gateway-timeout", "Gateway timeout");

    /** A type under {@link #BASE}, e.g. {@code of("invalid-transition", "Transition not allowed")}. */
    public static ProblemType of(String slug, String title) {
        return new ProblemType(URI.create(BASE + slug), title);
    }

    /** The type a bare HTTP status stands for, when nothing more specific is known. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> ACCESS_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status >= 500 ? INTERNAL_ERROR : of("http-" + status, "HTTP " + status);
        };
    }
}
