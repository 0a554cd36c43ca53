package org.youthjustice.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's configuration: the routing table and how upstream services are called.
 * <p>
 * Each route is keyed by a short name ({@code case}, {@code worker}, ...), so that its URL can be overridden at run
 * time by an environment variable such as {@code GATEWAY_ROUTES_CASE_URL}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name. */
    Map<String, RouteConfig> routes();

    /** Connection behaviour shared by all upstream services. */
    Upstream upstream();

    interface RouteConfig {

        /** Base URL of the upstream service, e.g. {@code http://127.0.0.1:8081}. */
        URI url();

        /** Public path prefixes served by this upstream, each starting with {@code /api/}. */
        List<String> prefixes();
    }

    interface Upstream {

        /** How long to wait for a TCP connection to an upstream before answering 502. */
        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * How long an upstream exchange may stay silent before it is abandoned (504 if no response has started).
         * Longer than the heartbeat of any server-sent event stream routed through the gateway.
         */
        @WithDefault("60s")
        Duration idleTimeout();

        /** Pooled connections per upstream service. */
        @WithDefault("50")
        int maxConnectionsPerUpstream();
    }
}
