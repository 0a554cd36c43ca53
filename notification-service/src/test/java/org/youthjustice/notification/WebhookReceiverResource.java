package org.youthjustice.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A partner's webhook receiver (WireMock on a free port of 127.0.0.1), the one internal host webhooks may target in
 * the tests; tests stub and read it over WireMock's admin API at {@value #PORT}.
 */
public class WebhookReceiverResource implements QuarkusTestResourceLifecycleManager {

    public static final String PORT = "yjs.test.webhook-receiver.port";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(40));
        server.start();
        return Map.of(PORT, Integer.toString(server.port()),
                "yjs.webhooks.allowed-internal-hosts", "127.0.0.1:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
