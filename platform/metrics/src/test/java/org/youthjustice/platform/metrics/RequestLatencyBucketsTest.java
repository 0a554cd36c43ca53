package org.youthjustice.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The request timer gets the buckets a p99 is computed from; other timers stay as Micrometer makes them. */
class RequestLatencyBucketsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    RequestLatencyBucketsTest() {
        registry.config().meterFilter(new RequestLatencyBuckets().requestLatencyBuckets());
    }

    @Test
    void aRequestIsCountedInEveryBucketFromItsDurationUp() {
        Timer requests = registry.timer(RequestLatencyBuckets.REQUEST_TIMER, "uri", "/cases", "status", "200");
        requests.record(Duration.ofMillis(40));

        CountAtBucket[] buckets = requests.takeSnapshot().histogramCounts();

        assertArrayEquals(Arrays.stream(RequestLatencyBuckets.BUCKETS).mapToDouble(Duration::toNanos).toArray(),
                Arrays.stream(buckets).mapToDouble(CountAtBucket::bucket).toArray());
        assertEquals(0, buckets[2].count(), "25 ms");
        assertEquals(1, buckets[3].count(), "50 ms");
        assertEquals(1, buckets[buckets.length - 1].count(), "10 s");
    }

    @Test
    void anotherTimerGetsNoBuckets() {
        Timer other = registry.timer("yjs.inbox.wait");
        other.record(Duration.ofMillis(40));

        assertEquals(0, other.takeSnapshot().histogramCounts().length);
    }
}
