package org.youthjustice.gateway.rest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows a request through the gateway, the upstream service and their logs. Same header, MDC key
 * and rules as the services' correlation id ({@code platform-correlation}), so that one id links every log line.
 */
final class RequestId {

    static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "correlationId";

    /** Key under which the id is kept in the Vert.x routing context. */
    static final String CONTEXT_KEY = "gateway.request-id";

    // The id is echoed into headers and logs, so anything that could split a header or forge a log line is refused.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestId() {
    }

    /** The received id if it is safe to pass on, otherwise a fresh one. */
    static String acceptOrGenerate(String received) {
        return received != null && SAFE.matcher(received).matches() ? received : UUID.randomUUID().toString();
    }
}
