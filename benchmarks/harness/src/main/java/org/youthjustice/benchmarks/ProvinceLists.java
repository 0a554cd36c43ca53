package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Issue 16, item 3: each role's default list and the common filters and sorts at province scale (after
 * {@link ProvinceScale}), directly on the service, as a closed loop of {@code BENCH_CLIENTS} clients for
 * {@code BENCH_SECONDS} per operation after {@code BENCH_WARMUP_SECONDS}; p50/p99/max of each, the answers that were
 * not 200, the list's total as answered, and the service's CPU per request (from {@code /proc}, with
 * {@code BENCH_PIDS} as the run script writes it). Prints a Markdown table. {@code BENCH_ONLY} keeps the requests
 * whose "user path" contains it (e.g. {@code sup.wang /cases}).
 */
public final class ProvinceLists {

    static final double GOAL_P99_MILLIS = 50;

    private ProvinceLists() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        int clients = settings.integer("BENCH_CLIENTS", 2);
        Duration measured = Duration.ofSeconds(settings.integer("BENCH_SECONDS", 10));
        Duration warmup = Duration.ofSeconds(settings.count("BENCH_WARMUP_SECONDS", 3));
        ProcessCpu cpu = new ProcessCpu(ProcessCpu.parseRoots(settings.text("BENCH_PIDS", "")),
                settings.decimal("BENCH_CLK_TCK", 100),
                java.nio.file.Path.of("/proc"));
        var http = ApiClient.newHttpClient();
        ApiClient api = new ApiClient(http, new KeycloakTokens(http, settings.tokenUrl()), Duration.ofSeconds(30));
        String cases = settings.caseServiceUrl();
        String workers = settings.workerServiceUrl();

        String deepCursor = api.send("GET", cases + "/cases?page=5000", "admin.ops", null, null)
                .expect(200, "the admin's page 5000").json().path("next").asText();
        String recommendation = "{\"officeCode\":\"JO-440104-01\",\"caseType\":\"CORRECTION\",\"riskLevel\":\"MEDIUM\"}";
        List<Operation> operations = List.of(
                Operation.get("case-service", "admin.ops", cases, "/cases"),
                Operation.get("case-service", "admin.ops", cases, "/cases?status=REFERRED"),
                Operation.get("case-service", "admin.ops", cases, "/cases?status=SUSPENDED&sort=-createdAt"),
                Operation.get("case-service", "admin.ops", cases, "/cases?risk=HIGH"),
                Operation.get("case-service", "admin.ops", cases, "/cases?type=PREVENTION"),
                Operation.get("case-service", "admin.ops", cases, "/cases?assigned=false"),
                Operation.get("case-service", "admin.ops", cases, "/cases?overdueVisits=true"),
                Operation.get("case-service", "admin.ops", cases, "/cases?sort=reference"),
                Operation.get("case-service", "admin.ops", cases, "/cases?sort=-periodStart"),
                Operation.get("case-service", "admin.ops", cases, "/cases?sort=status"),
                Operation.get("case-service", "admin.ops", cases, "/cases?page=5000"),
                Operation.get("case-service", "admin.ops", cases, "/cases?after=" + encode(deepCursor)),
                Operation.get("case-service", "jo.zhao", cases, "/cases"),
                Operation.get("case-service", "jo.zhao", cases, "/cases?status=ACTIVE&sort=-periodStart"),
                Operation.get("case-service", "jo.zhao", cases, "/cases?overdueVisits=true"),
                Operation.get("case-service", "court.liu", cases, "/cases"),
                Operation.get("case-service", "court.liu", cases, "/cases?status=REFERRED"),
                Operation.get("case-service", "sup.wang", cases, "/cases"),
                Operation.get("case-service", "sup.wang", cases, "/cases?assigned=false"),
                Operation.get("case-service", "sw.li", cases, "/cases"),
                Operation.get("worker-service", "admin.ops", workers, "/caseloads"),
                Operation.get("worker-service", "admin.ops", workers, "/caseloads?sort=workerId"),
                Operation.get("worker-service", "admin.ops", workers, "/caseloads?site=JO-440104-01"),
                Operation.get("worker-service", "admin.ops", workers, "/caseloads/agencies"),
                Operation.get("worker-service", "admin.ops", workers, "/workers"),
                Operation.get("worker-service", "sup.wang", workers, "/caseloads"),
                Operation.get("worker-service", "proc.huang", workers, "/caseloads/agencies"),
                Operation.post("worker-service", "jo.zhao", workers, "/allocations/recommendations", recommendation),
                Operation.post("worker-service", "sup.wang", workers, "/allocations/recommendations",
                        recommendation));

        System.out.println(Markdown.row("service", "user", "request", "requests", "not 200", "p50 ms", "p99 ms",
                "max ms", "total (exact?)", "service CPU µs/req", "p99 ≤ " + (int) GOAL_P99_MILLIS + " ms"));
        System.out.println(Markdown.row("---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---"));
        String only = settings.text("BENCH_ONLY", "");
        for (Operation operation : operations) {
            if (!(operation.user() + " " + operation.path()).contains(only)) {
                continue;
            }
            log(operation.user() + " " + operation.method() + " " + operation.path());
            loop(api, operation, clients, warmup);
            Map<String, Double> before = cpu.sample();
            Result result = loop(api, operation, clients, measured);
            Map<String, Double> after = cpu.sample();
            Percentiles latency = Percentiles.of(result.nanos());
            Double cpuBefore = before.get(operation.service());
            Double cpuAfter = after.get(operation.service());
            String cpuPerRequest = cpuBefore == null || cpuAfter == null ? "n/a"
                    : Markdown.number((cpuAfter - cpuBefore) * 1e6 / result.nanos().size(), 0);
            System.out.println(Markdown.row(operation.service(), operation.user(),
                    "`" + operation.method() + " " + shortened(operation.path()) + "`", result.nanos().size(),
                    result.failed(), Markdown.number(latency.p50(), 1), Markdown.number(latency.p99(), 1),
                    Markdown.number(latency.max(), 1), result.total(), cpuPerRequest,
                    latency.p99() <= GOAL_P99_MILLIS ? "met" : "**not met**"));
        }
    }

    /** Sends the operation from {@code clients} clients in a closed loop for {@code duration}. */
    private static Result loop(ApiClient api, Operation operation, int clients, Duration duration) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        Map<String, String> total = Collections.synchronizedMap(new LinkedHashMap<>());
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    ApiClient.Answer answer = api.send(operation.method(), operation.url(), operation.user(),
                            operation.body(), null);
                    if (answer.status() != 200) {
                        failed.incrementAndGet();
                        continue;
                    }
                    nanos.add(answer.receivedNanos() - answer.sentNanos());
                    total.computeIfAbsent("total", key -> operation.total().apply(answer.json()));
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        return new Result(List.copyOf(nanos), failed.get(), total.getOrDefault("total", "-"));
    }

    private static String shortened(String path) {
        int after = path.indexOf("after=");
        return after < 0 ? path : path.substring(0, after) + "after=<next of page 5000>";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void log(String message) {
        System.err.println("[lists] " + message);
    }

    private record Result(List<Long> nanos, int failed, String total) {
    }

    /** One request of a user on a service, and how to read the size of its answer. */
    private record Operation(String service, String user, String method, String url, String path, byte[] body,
                             Function<JsonNode, String> total) {

        static Operation get(String service, String user, String base, String path) {
            return new Operation(service, user, "GET", base + path, path, null,
                    page -> page.path("total").asText() + (page.path("totalExact").asBoolean(true) ? "" : "+"));
        }

        static Operation post(String service, String user, String base, String path, String body) {
            return new Operation(service, user, "POST", base + path, path, body.getBytes(StandardCharsets.UTF_8),
                    answer -> answer.path("candidates").size() + " candidates");
        }
    }
}
