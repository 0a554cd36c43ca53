package org.youthjustice.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * request it delayed, not only in the one it hit: no coordinated omission). The measured requests follow a warm-up of
 * {@code WARMUP_SECONDS} at the same rate on the same client, not counted: a fresh JVM's HTTP client is slow for its
 * first second or so (class loading, compilation, connections opened while the first answers are late), and at
 * 200/s for 30 s those first requests alone were more than 1 % of all, so they made the p99 (benchmarks/README.md,
 * session 15). Prints one tab-separated line: measured requests sent, answered 2xx, other answers and failures, the
 * achieved rate, p50, p99 and max in milliseconds, and the requests sent in all (the warm-up's included, for CPU per
 * request). With a fifth argument, it also writes each measured request to that file: when it was due (milliseconds
 * from the first), its latency in milliseconds and its status (0 for a failure or no answer), so that the slow ones
 * can be placed in time.
 *
 * <pre>TOKEN=... java -cp ... org.youthjustice.benchmarks.FixedRateLatency URL RATE SECONDS WARMUP_SECONDS [REQUESTS_FILE]</pre>
 */
public final class FixedRateLatency {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

    private FixedRateLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: FixedRateLatency URL RATE SECONDS WARMUP_SECONDS [REQUESTS_FILE] (token in TOKEN)");
        }
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int count = (int) Math.round(rate * Double.parseDouble(args[2]));
        int warmUpCount = (int) Math.round(rate * Double.parseDouble(args[3]));
        String token = System.getenv("TOKEN");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(ANSWER_WAIT)
                .header("Authorization", "Bearer " + token).GET().build();

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger failed = new AtomicInteger();
        long[] latencyOf = new long[count];
        int[] statusOf = new int[count];
        RateSchedule warmUp = new RateSchedule(System.nanoTime(), rate);
        for (int i = 0; i < warmUpCount; i++) {
            warmUp.awaitTurn(i);
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        }
        // the measured requests go on where the warm-up's schedule ends, without a pause
        RateSchedule schedule = new RateSchedule(warmUp.dueNanos(warmUpCount), rate);
        List<CompletableFuture<?>> pending = new ArrayList<>(count);
        long lastStart = 0;
        for (int i = 0; i < count; i++) {
            int index = i;
            schedule.awaitTurn(i);
            long due = schedule.dueNanos(i);
            lastStart = System.nanoTime();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                long latency = System.nanoTime() - due;
                latencyOf[index] = latency;
                statusOf[index] = error == null ? answer.statusCode() : 0;
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
        if (args.length == 5) {
            writeRequests(Path.of(args[4]), schedule, latencyOf, statusOf, pending);
        }
        Percentiles p = Percentiles.of(latencies);
        System.out.println(String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t%.3f\t%.3f\t%.3f\t%d", count, p.count(),
                failed.get() + unanswered, schedule.achieved(count, lastStart), p.p50(), p.p99(), p.max(),
                warmUpCount + count));
    }

    private static void writeRequests(Path file, RateSchedule schedule, long[] latencyOf, int[] statusOf,
            List<CompletableFuture<?>> pending) throws IOException {
        long first = schedule.dueNanos(0);
        StringBuilder lines = new StringBuilder(latencyOf.length * 24);
        for (int i = 0; i < latencyOf.length; i++) {
            boolean answered = pending.get(i).isDone();
            lines.append(String.format(Locale.ROOT, "%.3f\t%.3f\t%d%n", (schedule.dueNanos(i) - first) / 1e6,
                    answered ? latencyOf[i] / 1e6 : Double.NaN, answered ? statusOf[i] : 0));
        }
        Files.writeString(file, lines);
    }
}
