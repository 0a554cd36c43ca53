package org.youthjustice.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * Publishes the HTTP server's request timer with histogram buckets ({@code http_server_requests_seconds_bucket}), so
 * that Prometheus can compute the p99 latency that ops are alerted on (deploy/k8s PrometheusRule
 * {@code LatencyP99High}); Micrometer publishes only a count and a sum by default. A few fixed buckets around what the
 * services answer in (milliseconds) and what users notice (seconds) rather than Micrometer's 70-odd: each bucket is a
 * series per route, method and status.
 */
public class RequestLatencyBuckets {

    static final String REQUEST_TIMER = "http.server.requests";
    static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter requestLatencyBuckets() {
        double[] nanos = Stream.of(BUCKETS).mapToDouble(Duration::toNanos).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!REQUEST_TIMER.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
