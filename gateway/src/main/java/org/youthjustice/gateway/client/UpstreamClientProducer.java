package org.youthjustice.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.youthjustice.gateway.config.GatewayConfig;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

/**
 * The HTTP clients that carry requests to every upstream service: one for requests, which pools connections per host
 * and port with a bounded queue of requests waiting for one, and one for event streams, whose connections stay taken
 * for as long as a stream is open, so that open streams never starve the requests. Deadlines are set per request, from
 * the route ({@code ForwardingHandler}).
 */
public class UpstreamClientProducer {

    @Produces
    @ApplicationScoped
    HttpClient upstreamClient(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Upstream upstream = config.upstream();
        // Beyond the queue, a request fails at once (ConnectionPoolTooBusyException, answered 503) instead of
        // joining an unbounded queue behind a hung upstream.
        return vertx.createHttpClient(options(upstream).setMaxPoolSize(upstream.maxConnectionsPerUpstream())
                .setMaxWaitQueueSize(upstream.maxWaitQueue()));
    }

    @Produces
    @ApplicationScoped
    @EventStreams
    HttpClient eventStreamClient(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Upstream upstream = config.upstream();
        // Connections being opened take places in the queue too: as many as the pool, so that each stream can wait.
        return vertx.createHttpClient(options(upstream).setMaxPoolSize(upstream.maxStreamsPerUpstream())
                .setMaxWaitQueueSize(upstream.maxStreamsPerUpstream()));
    }

    private static HttpClientOptions options(GatewayConfig.Upstream upstream) {
        return new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(upstream.connectTimeout().toMillis()))
                // The gateway passes bodies through as they are; decompressing would change what upstreams sent.
                .setDecompressionSupported(false)
                .setKeepAlive(true);
    }

    void close(@Disposes HttpClient client) {
        client.close();
    }

    void closeStreams(@Disposes @EventStreams HttpClient client) {
        client.close();
    }
}
