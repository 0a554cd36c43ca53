package org.youthjustice.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

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

    /** Requests per period by client ({@code azp}) and by user ({@code sub}). */
    RateLimits rateLimits();

    /** Limits on what a caller may send. */
    Limits limits();

    /** When an upstream that keeps failing is cut off, and for how long. */
    Breaker circuitBreaker();

    /** Headers added to every response. */
    SecurityHeaders securityHeaders();

    /** How the readiness of the upstreams is checked. */
    Health health();

    /** The merged OpenAPI document and its Swagger UI. */
    OpenApi openapi();

    interface RouteConfig {

        /** Base URL of the upstream service, e.g. {@code http://127.0.0.1:8081}. */
        URI url();

        /** Public path prefixes served by this upstream, each starting with {@code /api/}. */
        List<String> prefixes();

        /**
         * Base URL of the upstream's management interface, e.g. {@code http://127.0.0.1:9081}, where its readiness
         * ({@code /q/health/ready}) is probed; the gateway never routes a caller there. Left out, the readiness is
         * probed at {@link #url()} (only for upstreams that serve their health on their API port).
         */
        Optional<URI> managementUrl();

        /**
         * The deadline of one exchange until the upstream's response starts: waiting for a pooled connection,
         * connecting, sending the body and waiting for the response head. Past it the caller gets 504 and the
         * upstream request is reset. Longer only for routes whose answers legitimately take long to start.
         */
        @WithDefault("10s")
        Duration timeout();
    }

    interface Upstream {

        /** How long to wait for a TCP connection to an upstream before answering 502. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Pooled connections per upstream service. */
        @WithDefault("50")
        int maxConnectionsPerUpstream();

        /**
         * Requests that may wait for a pooled connection to one upstream once all are busy (connections still being
         * opened count against it too); any further request is answered 503 at once.
         */
        @WithDefault("50")
        int maxWaitQueue();

        /**
         * Open event streams (requests that accept {@code text/event-stream}) per upstream service, on a pool of their
         * own: a stream holds its connection for as long as it is open, which must never take the connections the
         * other requests need. A stream beyond them waits for one within the route's deadline, as any request does.
         */
        @WithDefault("500")
        int maxStreamsPerUpstream();
    }

    interface RateLimits {

        /** The limits of any client without its own entry ({@code gateway.rate-limits.default.*}). */
        @WithName("default")
        ClientLimits defaults();

        /** Limits of named clients (by {@code azp}); what an entry leaves out comes from the defaults. */
        Map<String, ClientOverride> clients();
    }

    interface ClientLimits {

        /** Requests per period of one client, all its users together. */
        @WithDefault("3000")
        int clientRequests();

        /** Requests per period of one user (token subject) of a client. */
        @WithDefault("300")
        int userRequests();

        @WithDefault("1m")
        Duration period();
    }

    interface ClientOverride {

        Optional<Integer> clientRequests();

        Optional<Integer> userRequests();

        Optional<Duration> period();
    }

    interface Limits {

        /** Largest request body forwarded; a larger one is answered 413. */
        @WithDefault("10M")
        MemorySize maxBodySize();
    }

    interface Breaker {

        /** Consecutive failed exchanges (unreachable, timed out) that open the breaker of a route. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before it lets a trial request through. */
        @WithDefault("10s")
        Duration coolDown();
    }

    interface SecurityHeaders {

        /**
         * Value of {@code Strict-Transport-Security}, e.g. {@code max-age=31536000; includeSubDomains}; unset, the
         * header is not sent (the gateway behind plain HTTP locally must not pin browsers to HTTPS).
         */
        Optional<String> strictTransportSecurity();
    }

    interface Health {

        /** How long an upstream's readiness check may take before it counts as down. */
        @WithDefault("1s")
        Duration timeout();

        /** How long a readiness result is reused, so probes do not multiply into upstream calls. */
        @WithDefault("3s")
        Duration cacheFor();

        /**
         * Readiness probes of an upstream that must fail in a row before its routes answer 503 at once: one slow
         * probe of a busy service must not cut it off.
         */
        @WithDefault("3")
        int downAfterFailures();

        /**
         * Pause between probes of an upstream that is in doubt (a probe or an exchange failed) or down; the first
         * probe that succeeds brings its routes back.
         */
        @WithDefault("2s")
        Duration probeInterval();

        /**
         * Whether the gateway's readiness is DOWN while an upstream is: true for one gateway in front of the local run
         * (its status then tells a newcomer the whole suite is up); false with several replicas behind a load balancer
         * (the prod profile), where one service's outage would otherwise take every gateway replica out of rotation
         * and the whole API with it, though the other routes work and the dead one answers 503 problem+json.
         */
        @WithDefault("true")
        boolean readyNeedsUpstreams();
    }

    interface OpenApi {

        /**
         * Whether {@code /openapi} (the merged document) is served; with {@code quarkus.swagger-ui.enabled}, both
         * follow {@code yjs.openapi.enabled}: off in production, on in the local run and the tests (issue 11, item 7).
         */
        @WithDefault("false")
        boolean enabled();

        /** How long the merged document is reused before the upstreams' documents are fetched again. */
        @WithDefault("30s")
        Duration cacheFor();

        /** How long fetching one service's document may take before that service is left out. */
        @WithDefault("3s")
        Duration timeout();

        /** Keycloak realm URL whose authorization and token endpoints the Swagger UI uses. */
        @WithDefault("${quarkus.oidc.auth-server-url}")
        String authServerUrl();
    }
}
