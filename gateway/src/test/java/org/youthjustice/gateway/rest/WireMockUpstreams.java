package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands a WireMock server in for each upstream service and points the routing table at them. Also routes
 * {@code /api/offline} and {@code /api/broken} to ports where nothing listens, for the unreachable-upstream and
 * circuit-breaker cases, and sets small limits for the limit tests. Tokens come from {@code OidcResource}.
 */
public class WireMockUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final String CORS_ORIGIN = "https://app.youthjustice.example";

    static final List<String> SERVICES = List.of("case", "worker", "procurement", "notification");

    /**
     * Where each stand-in serves what a service serves on its management interface: under a path of its own, so that
     * a readiness probe sent to the API address instead would miss the stubs.
     */
    static final String MANAGEMENT_PATH = "/management";

    private final Map<String, WireMockServer> servers = new HashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            WireMockServer server = new WireMockServer(options()
                    .bindAddress("127.0.0.1")
                    .dynamicPort()
                    // Upstream responses are asserted as the stubs define them, not as Jetty would re-encode them.
                    .gzipDisabled(true));
            server.start();
            servers.put(service, server);
            config.put("gateway.routes." + service + ".url", "http://127.0.0.1:" + server.port());
            config.put("gateway.routes." + service + ".management-url",
                    "http://127.0.0.1:" + server.port() + MANAGEMENT_PATH);
            // Short enough for a test of a silent upstream, long enough for a cold WireMock on a busy machine.
            config.put("gateway.routes." + service + ".timeout", "3s");
        }
        if (withDeadRoutes()) {
            config.put("gateway.routes.offline.url", "http://127.0.0.1:" + closedPort());
            config.put("gateway.routes.offline.prefixes", "/api/offline");
            // Its own route, so that opening its circuit breaker leaves the other tests' routes alone.
            config.put("gateway.routes.broken.url", "http://127.0.0.1:" + closedPort());
            config.put("gateway.routes.broken.prefixes", "/api/broken");
        }
        config.put("gateway.circuit-breaker.failure-threshold", "3");
        config.put("gateway.circuit-breaker.cool-down", "30s");
        // A client of its own with small limits; every other client keeps the (much larger) defaults.
        config.put("gateway.rate-limits.clients.\"tight-app\".client-requests", "5");
        config.put("gateway.rate-limits.clients.\"tight-app\".user-requests", "3");
        config.put("gateway.limits.max-body-size", "1M");
        config.put("quarkus.http.cors.origins", CORS_ORIGIN);
        config.put("gateway.security-headers.strict-transport-security", "max-age=31536000");
        config.put("gateway.openapi.cache-for", "0s");
        // The stubs count every request they get, so the gateway must not probe them in the background; and the
        // routes to closed ports must answer 502 whichever test probed them before. BoundedWaitsTest tests both.
        config.put("gateway.health.probe-interval", "1h");
        config.put("gateway.health.down-after-failures", String.valueOf(Integer.MAX_VALUE));
        return config;
    }

    /** Whether to add the routes to closed ports; without them, every upstream is up. */
    protected boolean withDeadRoutes() {
        return true;
    }

    @Override
    public void stop() {
        servers.values().forEach(WireMockServer::stop);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
