package org.youthjustice.gateway.rest;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids that follow a request through the gateway, the upstream service and their logs (issue 11, item 7).
 * <p>
 * The gateway gives every request an id of its own, a UUID: the correlation id of its log lines, sent upstream as
 * {@value #HEADER}, where services take it for their logs and audit trails. An id that the client sent in
 * {@value #HEADER} is the client's: it is echoed back to the client, logged beside the gateway's id, and passed
 * upstream as {@value #CLIENT_HEADER}, never as the correlation id, so that no caller chooses what an audit row
 * says. Same header, MDC key and rules as the services' {@code platform-correlation}.
 */
final class RequestId {

    static final String HEADER = "X-Request-Id";

    /** The client's own id, as the gateway passes it upstream; whatever a client sends in it is dropped. */
    static final String CLIENT_HEADER = "X-Client-Request-Id";

    static final String MDC_KEY = "correlationId";

    /** Key under which the gateway's own id is kept in the Vert.x routing context. */
    static final String CONTEXT_KEY = "gateway.request-id";

    /** Key under which the client's id, when it sent a sane one, is kept in the Vert.x routing context. */
    static final String CLIENT_CONTEXT_KEY = "gateway.client-request-id";

    // The id is echoed into headers and logs, so anything that could split a header or forge a log line is refused.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestId() {
    }

    /** A fresh id of the gateway's own. */
    static String generate() {
        return UUID.randomUUID().toString();
    }

    /** The id the client sent, if it is safe to echo and log; an unsafe one is ignored. */
    static Optional<String> clients(String received) {
        return received != null && SAFE.matcher(received).matches() ? Optional.of(received) : Optional.empty();
    }
}
