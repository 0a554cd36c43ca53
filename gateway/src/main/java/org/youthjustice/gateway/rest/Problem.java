package org.youthjustice.gateway.rest;

import java.time.Duration;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem answered by the gateway itself. The type is {@code about:blank}: the status says it all, the
 * detail says which part of the gateway answered.
 *
 * @param status   HTTP status
 * @param title    the status's reason phrase
 * @param detail   what went wrong, for a human; never an upstream address or a query string
 * @param instance the request path
 */
record Problem(int status, String title, String detail, String instance) {

    static final String MEDIA_TYPE = "application/problem+json";

    static Problem routeNotFound(String path) {
        return new Problem(404, "Not Found", "No service answers this path.", path);
    }

    static Problem unauthorized(String path) {
        return new Problem(401, "Unauthorized", "A valid bearer token from the realm is required.", path);
    }

    static Problem tooManyRequests(String path) {
        return new Problem(429, "Too Many Requests", "The rate limit of this client or user is reached.", path);
    }

    static Problem payloadTooLarge(String path, long maxBytes) {
        return new Problem(413, "Content Too Large", "Request bodies may have at most " + maxBytes + " bytes.", path);
    }

    static Problem circuitOpen(String service, String path) {
        return new Problem(503, "Service Unavailable",
                "The " + service + " service is failing; the gateway stops calling it for a while.", path);
    }

    static Problem upstreamDown(String service, String path) {
        return new Problem(503, "Service Unavailable",
                "The " + service + " service is not ready; the gateway calls it again once it is.", path);
    }

    static Problem upstreamBusy(String service, String path) {
        return new Problem(503, "Service Unavailable",
                "Too many requests are waiting for the " + service + " service; try again shortly.", path);
    }

    static Problem upstreamUnreachable(String service, String path) {
        return new Problem(502, "Bad Gateway", "The " + service + " service could not be reached.", path);
    }

    // The request may have reached the service and may still be carried out: a write is retried, not given up.
    static Problem upstreamTimedOut(String service, String path) {
        return new Problem(504, "Gateway Timeout", "The " + service + " service did not answer in time. The request "
                + "may still be carried out: retry a write with the same Idempotency-Key.", path);
    }

    /** A {@code Retry-After} value: whole seconds, rounded up, at least one. */
    static String retryAfter(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    Buffer toBuffer() {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }

    void send(HttpServerResponse response) {
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(toBuffer());
    }
}
