package org.youthjustice.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load: {@code GET <url>} at a fixed rate for a fixed time, each request due at its slot of the
 * {@link RateSchedule} whatever the earlier ones took, its latency measured from that slot (so a stall shows in every
 * request it delayed, not only in the one it hit: no coordinated omission). Prints one tab-separated line: requests
 * sent, answered 2xx, other answers and failures, the achieved rate, p50, p99 and max in milliseconds.
 *
 * <pre>TOKEN=... java -cp ... org.youthjustice.benchmarks.FixedRateLatency URL RATE SECONDS</pre>
 */
public final class FixedRateLatency {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

    private FixedRateLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FixedRateLatency URL RATE SECONDS (token in TOKEN)");
        }
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int count = (int) Math.round(rate * Double.parseDouble(args[2]));
        String token = System.getenv("TOKEN");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(ANSWER_WAIT)
                .header("Authorization", "Bearer " + token).GET().build();

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(count);
        RateSchedule schedule = new RateSchedule(System.nanoTime(), rate);
        long lastStart = 0;
        for (int i = 0; i < count; i++) {
            schedule.awaitTurn(i);
            long due = schedule.dueNanos(i);
            lastStart = System.nanoTime();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                long latency = System.nanoTime() - due;
                if (error == null && answer.statusCode() / 100 == 2) {
                    latencies.add(latency);
                } else {
                    failed.incrementAndGet();
                }
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(ANSWER_WAIT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a failed request was counted by its own handler; one still unanswered is counted here
        }
        long unanswered = pending.stream().filter(future -> !future.isDone()).count();
        Percentiles p = Percentiles.of(latencies);
        System.out.println(String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t%.3f\t%.3f\t%.3f", count, p.count(),
                failed.get() + unanswered, schedule.achieved(count, lastStart), p.p50(), p.p99(), p.max()));
    }
}
