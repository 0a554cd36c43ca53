package org.youthjustice.gateway.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteTable;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;

/**
 * The gateway is ready only when every route's upstream is: a gateway that would answer 502 or 503 for a whole
 * route should get no traffic from the load balancer. Liveness does not depend on it, so an upstream outage never
 * gets the gateway restarted. With {@code gateway.health.ready-needs-upstreams=false} (the prod profile: replicas
 * behind a load balancer) the check lists each upstream's state but stays UP, so that one service's outage does not
 * take every gateway replica, and every other route, out of rotation.
 * <p>
 * Each upstream's {@code /q/health/ready} is asked through {@link UpstreamWatch} (which also learns from the answers
 * which routes should fail fast), all at once; the result is reused for {@code gateway.health.cache-for} so that
 * frequent probes of several replicas do not multiply into upstream calls.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final List<Route> routes;
    private final UpstreamWatch watch;
    private final long cacheNanos;
    private final boolean needsUpstreams;

    private volatile Checked last;

    private record Checked(long at, HealthCheckResponse response) {
    }

    UpstreamsReadiness(RouteTable routes, UpstreamWatch watch, GatewayConfig config) {
        this.routes = routes.routes().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
        this.watch = watch;
        this.cacheNanos = config.health().cacheFor().toNanos();
        this.needsUpstreams = config.health().readyNeedsUpstreams();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Checked cached = last;
        if (cached != null && System.nanoTime() - cached.at() < cacheNanos) {
            return Uni.createFrom().item(cached.response());
        }
        List<Future<Boolean>> checks = routes.stream().map(watch::probe).toList();
        Future<HealthCheckResponse> all = Future.join(checks).transform(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
            for (int i = 0; i < routes.size(); i++) {
                boolean up = Boolean.TRUE.equals(checks.get(i).result());
                builder.withData(routes.get(i).name(), up ? "UP" : "DOWN");
                if (!up && needsUpstreams) {
                    builder.down();
                }
            }
            HealthCheckResponse response = builder.build();
            last = new Checked(System.nanoTime(), response);
            return Future.succeededFuture(response);
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }
}
