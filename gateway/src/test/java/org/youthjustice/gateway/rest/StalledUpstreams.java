package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The stub services of {@link WireMockUpstreams}, plus upstreams that can be made to stall, each on a WireMock server
 * of its own (so with its own connection pool at the gateway) behind its own route, so that an open breaker or a
 * full queue of one test never reaches another:
 * <ul>
 * <li>{@code hasty} ({@code /api/hasty}, timeout 2s) and {@code patient} ({@code /api/patient}, no timeout of its
 * own: the default) on one server, for the route deadline;</li>
 * <li>{@code tripping} (2s) for the breaker, {@code crowded} (4s) for the connection queue, {@code sleepy} (2s) for
 * an upstream that hangs altogether and {@code unready} for one that says it is not ready.</li>
 * </ul>
 * The pool is 5 connections per upstream with a queue of 2, the breaker opens after 5 failures for 10s, and an
 * upstream in doubt is probed every 500ms (down after 3 failed probes of at most 500ms).
 */
public class StalledUpstreams extends WireMockUpstreams {

    private final List<WireMockServer> stalling = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        int timing = startServer();
        route(config, "hasty", timing, "2s");
        route(config, "patient", timing, null);
        route(config, "tripping", startServer(), "2s");
        route(config, "crowded", startServer(), "4s");
        route(config, "sleepy", startServer(), "2s");
        route(config, "unready", startServer(), null);
        config.put("gateway.upstream.max-connections-per-upstream", "5");
        config.put("gateway.upstream.max-wait-queue", "2");
        config.put("gateway.circuit-breaker.failure-threshold", "5");
        // Long enough to assert an open breaker on a busy machine, short enough that one opened on the way to the
        // fail-fast does not outlast a test of the recovery.
        config.put("gateway.circuit-breaker.cool-down", "10s");
        config.put("gateway.health.timeout", "500ms");
        config.put("gateway.health.probe-interval", "500ms");
        config.put("gateway.health.down-after-failures", "3");
        return config;
    }

    @Override
    protected boolean withDeadRoutes() {
        return false;
    }

    @Override
    public void stop() {
        stalling.forEach(WireMockServer::stop);
        super.stop();
    }

    private int startServer() {
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                // Delayed answers wait on a scheduler, not on a server thread each, however many the tests stall.
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4));
        server.start();
        stalling.add(server);
        return server.port();
    }

    private static void route(Map<String, String> config, String name, int port, String timeout) {
        config.put("gateway.routes." + name + ".url", "http://127.0.0.1:" + port);
        config.put("gateway.routes." + name + ".prefixes", "/api/" + name);
        if (timeout != null) {
            config.put("gateway.routes." + name + ".timeout", timeout);
        }
    }
}
