package org.youthjustice.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteTable;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Serves {@value #PATH}: the services' OpenAPI documents ({@code /q/openapi?format=json} of each route's upstream)
 * merged into one ({@link OpenApiMerger}). Fetched when asked and reused for {@code gateway.openapi.cache-for};
 * a service that does not answer is left out and named in the description, so one outage does not hide the rest.
 * Served only with {@code gateway.openapi.enabled} ({@code yjs.openapi.enabled}), which is off in production.
 */
@ApplicationScoped
public class MergedOpenApi {

    static final String PATH = "/openapi";

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final List<Route> routes;
    private final HttpClient client;
    private final OpenApiMerger merger;
    private final long cacheNanos;
    private final long timeoutMillis;
    private final boolean enabled;

    private volatile Merged last;

    private record Merged(long at, Future<JsonObject> document) {
    }

    MergedOpenApi(RouteTable routes, HttpClient upstreamClient, GatewayConfig config) {
        this.routes = routes.routes();
        this.client = upstreamClient;
        this.merger = new OpenApiMerger(routes, config.openapi().authServerUrl());
        this.cacheNanos = config.openapi().cacheFor().toNanos();
        this.timeoutMillis = config.openapi().timeout().toMillis();
        this.enabled = config.openapi().enabled();
    }

    void mount(@Observes Router router) {
        if (!enabled) {
            // off in production (issue 11, item 7): the path is then an unknown one, answered 404 like any other
            return;
        }
        router.get(PATH).handler(context -> document().onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(result.result().toBuffer());
            } else {
                context.fail(result.cause());
            }
        }));
    }

    Future<JsonObject> document() {
        Merged cached = last;
        if (cached != null && System.nanoTime() - cached.at() < cacheNanos) {
            return cached.document();
        }
        Map<Route, Future<JsonObject>> fetches = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
        routes.forEach(route -> fetches.put(route, fetch(route)));
        Future<JsonObject> merged = Future.join(new ArrayList<>(fetches.values())).transform(ignored -> {
            Map<String, JsonObject> documents = new TreeMap<>();
            List<String> unavailable = new ArrayList<>();
            fetches.forEach((route, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(route.name(), fetch.result());
                } else {
                    LOG.warnf("OpenAPI document of %s not available: %s", route.name(), fetch.cause().toString());
                    unavailable.add(route.name());
                }
            });
            return Future.succeededFuture(merger.merge(documents, unavailable));
        });
        last = new Merged(System.nanoTime(), merged);
        return merged;
    }

    private Future<JsonObject> fetch(Route route) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.secure())
                .setURI(route.basePath() + "/q/openapi?format=json")
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().compose(body -> response.statusCode() == 200
                        ? Future.succeededFuture(body.toJsonObject())
                        : Future.failedFuture("status " + response.statusCode())));
    }
}
