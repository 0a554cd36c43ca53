package org.youthjustice.gateway.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.RouteTable;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers that tell browsers to be careful with what the gateway returns, set just before the response headers
 * are written so that they hold for proxied answers, the gateway's own problems and CORS refusals alike.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    private final Optional<String> strictTransportSecurity;

    SecurityHeadersFilter(GatewayConfig config) {
        this.strictTransportSecurity = config.securityHeaders().strictTransportSecurity();
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, RequestIdFilter.PRIORITY + 1);
    }

    void filter(RoutingContext context) {
        boolean api = context.normalizedPath().startsWith(RouteTable.API_BASE);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            strictTransportSecurity.ifPresent(value -> headers.set("Strict-Transport-Security", value));
            if (api) {
                // API answers hold personal data of minors: no browser or shared cache may keep them.
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        context.next();
    }
}
