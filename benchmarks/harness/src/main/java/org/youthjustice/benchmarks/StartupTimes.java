package org.youthjustice.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.youthjustice.local.Part;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

/**
 * Start time and resident memory of each service and the gateway, each started alone while the rest of a suite of its
 * own (free ports, fresh data in {@code <work>/suite}) runs idle: the service is stopped ({@code SIGTERM}, so it leaves
 * its consumer groups as in a rolling update) and started again with the local run's command, {@code BENCH_STARTS}
 * times. Ready is the first {@code 200} of {@code /q/health/ready} on its management port, polled every 10 ms, counted
 * from the start of the JVM's process; RSS is {@code VmRSS} of {@code /proc/<pid>/status} when it is ready. Prints a
 * Markdown table (median and max of each) on standard output, progress on standard error.
 */
public final class StartupTimes {

    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration READY_WAIT = Duration.ofMinutes(3);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private StartupTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path repoRoot = Path.of(System.getProperty("yjs.repo.root", ".")).toAbsolutePath().normalize();
        int starts = Integer.parseInt(System.getenv().getOrDefault("BENCH_STARTS", "5"));
        Path data = work.resolve("suite");
        SuiteSettings settings = SuiteSettings.withFreePorts(repoRoot, data);
        StartupTimes benchmark = new StartupTimes();
        StringBuilder table = new StringBuilder()
                .append("| application | starts | ready median s | ready max s | RSS at ready median MB | RSS at ready max MB |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        try (Suite suite = Suite.launch(settings, System.err)) {
            for (ServiceModule service : ServiceModule.values()) {
                List<Double> seconds = new ArrayList<>();
                List<Double> megabytes = new ArrayList<>();
                Part part = suite.service(service);
                String health = service.managementUrl(settings, "/q/health/ready");
                for (int i = 1; i <= starts; i++) {
                    part.stop();
                    Thread.sleep(SETTLE.toMillis()); // the machine quiet again before the start that is measured
                    Start start = benchmark.measure(part, health);
                    seconds.add(start.readySeconds());
                    megabytes.add(start.rssMegabytes());
                    System.err.printf(Locale.ROOT, "[startup] %s start %d: ready after %.2f s, RSS %.0f MB%n",
                            service.module(), i, start.readySeconds(), start.rssMegabytes());
                }
                table.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.0f | %.0f |%n", service.module(),
                        starts, median(seconds), max(seconds), median(megabytes), max(megabytes)));
            }
        }
        System.out.print(table);
    }

    private record Start(double readySeconds, double rssMegabytes) {
    }

    /** Starts the part again (which waits for its readiness in its own way) while this polls it more finely. */
    private Start measure(Part part, String health) throws Exception {
        CompletableFuture<Void> started = CompletableFuture.runAsync(part::restart);
        Instant ready = pollUntilReady(health);
        started.get(READY_WAIT.toSeconds(), TimeUnit.SECONDS);
        long pid = part.pids().get(0);
        Instant jvmStart = ProcessHandle.of(pid).flatMap(process -> process.info().startInstant())
                .orElseThrow(() -> new IllegalStateException("no start time of process " + pid));
        return new Start(Duration.between(jvmStart, ready).toMillis() / 1000.0, rssMegabytes(pid));
    }

    private Instant pollUntilReady(String health) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(1)).GET().build();
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Instant.now();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(health + " did not answer 200 within " + READY_WAIT);
    }

    static double rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
