package org.youthjustice.platform.correlation;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Passes the current correlation id on to every service this one calls with a REST client. */
@Provider
public class CorrelationIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(CorrelationId.HEADER)) {
            return;
        }
        CorrelationId.current().ifPresent(id -> request.getHeaders().putSingle(CorrelationId.HEADER, id));
    }
}
