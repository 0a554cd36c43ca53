package org.youthjustice.gateway.rest;

import java.util.List;

import io.vertx.core.MultiMap;

/**
 * Headers that describe one connection, not the message (RFC 9110, section 7.6.1): a proxy must not pass them on,
 * in either direction.
 */
final class HopByHopHeaders {

    private static final List<String> ALWAYS = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    /** Removes the standard hop-by-hop headers and any header that {@code Connection} names. */
    static void strip(MultiMap headers) {
        for (String connection : headers.getAll("connection")) {
            for (String named : connection.split(",")) {
                if (!named.isBlank()) {
                    headers.remove(named.trim());
                }
            }
        }
        ALWAYS.forEach(headers::remove);
    }
}
