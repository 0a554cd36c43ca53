package org.youthjustice.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.youthjustice.gateway.config.GatewayConfig;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

/**
 * The one HTTP client that carries requests to every upstream service; it pools connections per host and port, with
 * a bounded queue of requests waiting for one. Deadlines are set per request, from the route
 * ({@code ForwardingHandler}).
 */
public class UpstreamClientProducer {

    @Produces
    @ApplicationScoped
    HttpClient upstreamClient(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Upstream upstream = config.upstream();
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(upstream.connectTimeout().toMillis()))
                .setMaxPoolSize(upstream.maxConnectionsPerUpstream())
                // Beyond this, a request fails at once (ConnectionPoolTooBusyException, answered 503) instead of
                // joining an unbounded queue behind a hung upstream.
                .setMaxWaitQueueSize(upstream.maxWaitQueue())
                // The gateway passes bodies through as they are; decompressing would change what upstreams sent.
                .setDecompressionSupported(false)
                .setKeepAlive(true);
        return vertx.createHttpClient(options);
    }

    void close(@Disposes HttpClient client) {
        client.close();
    }
}
