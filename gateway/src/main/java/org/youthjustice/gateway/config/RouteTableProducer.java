package org.youthjustice.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteTable;

/** Turns the configured routes into the routing table, refusing an inconsistent table at startup. */
public class RouteTableProducer {

    @Produces
    @ApplicationScoped
    RouteTable routeTable(GatewayConfig config) {
        return new RouteTable(config.routes().entrySet().stream()
                .map(entry -> new Route(entry.getKey(), entry.getValue().url(), entry.getValue().prefixes(),
                        entry.getValue().timeout(),
                        entry.getValue().managementUrl().orElse(entry.getValue().url())))
                .toList());
    }
}
