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
 * {@code /api/offline} to a port where nothing listens, for the unreachable-upstream case.
 */
public class WireMockUpstreams implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("case", "worker", "procurement", "notification");

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
        }
        config.put("gateway.routes.offline.url", "http://127.0.0.1:" + closedPort());
        config.put("gateway.routes.offline.prefixes", "/api/offline");
        // Short enough for a test of a silent upstream, long enough for a cold WireMock on a busy machine.
        config.put("gateway.upstream.idle-timeout", "3s");
        return config;
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
