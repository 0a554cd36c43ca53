package org.youthjustice.gateway.rest;

import java.time.Duration;

import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.problem.ProblemDocument;
import org.youthjustice.platform.problem.ProblemType;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * An RFC 9457 problem answered by the gateway itself, of one of the project's problem types and written as the
 * services write theirs ({@link ProblemDocument}, platform-problem-core), with the gateway's request id as its
 * {@code correlationId}. The detail says which part of the gateway answered.
 *
 * @param type     the project's problem type, whose title the document carries
 * @param status   HTTP status
 * @param detail   what went wrong, for a human; never an upstream address or a query string
 * @param instance the request path
 */
record Problem(ProblemType type, int status, String detail, String instance) {

    static Problem routeNotFound(String path) {
        return new Problem(ProblemType.NOT_FOUND, 404, "No service answers this path.", path);
    }

    static Problem unauthorized(String path) {
        return new Problem(ProblemType.AUTHENTICATION_REQUIRED, 401,
                "A valid bearer token from the realm is required.", path);
    }

    static Problem tooManyRequests(String path) {
        return new Problem(ProblemType.TOO_MANY_REQUESTS, 429, "The rate limit of this client or user is reached.",
                path);
    }

    static Problem payloadTooLarge(String path, long maxBytes) {
        return new Problem(ProblemType.PAYLOAD_TOO_LARGE, 413,
                "Request bodies may have at most " + maxBytes + " bytes.", path);
    }

    static Problem circuitOpen(String service, String path) {
        return new Problem(ProblemType.SERVICE_UNAVAILABLE, 503,
                "The " + service + " service is failing; the gateway stops calling it for a while.", path);
    }

    static Problem upstreamDown(String service, String path) {
        return new Problem(ProblemType.SERVICE_UNAVAILABLE, 503,
                "The " + service + " service is not ready; the gateway calls it again once it is.", path);
    }

    static Problem upstreamBusy(String service, String path) {
        return new Problem(ProblemType.SERVICE_UNAVAILABLE, 503,
                "Too many requests are waiting for the " + service + " service; try again shortly.", path);
    }

    static Problem upstreamUnreachable(String service, String path) {
        return new Problem(ProblemType.BAD_GATEWAY, 502, "The " + service + " service could not be reached.", path);
    }

    // The request may have reached the service and may still be carried out: a write is retried, not given up.
    static Problem upstreamTimedOut(String service, String path) {
        return new Problem(ProblemType.GATEWAY_TIMEOUT, 504, "The " + service + " service did not answer in time. "
                + "The request may still be carried out: retry a write with the same Idempotency-Key.", path);
    }

    /** A {@code Retry-After} value: whole seconds, rounded up, at least one. */
    static String retryAfter(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /** The body, naming {@code correlationId}, the gateway's id of the request. */
    Buffer toBuffer(String correlationId) {
        return Buffer.buffer(ProblemDocument.of(type, status, detail, instance, correlationId).toJson());
    }

    /** Answers the request with this problem and the request id {@link RequestIdFilter} gave it. */
    void send(RoutingContext context) {
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE)
                .end(toBuffer(context.get(CorrelationId.MDC_KEY)));
    }
}
