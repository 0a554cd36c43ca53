package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.youthjustice.platform.time.ServiceZone;

/**
 * Issue 4's bulk intake: cases per second through case-service's {@code POST /case-imports} (validation,
 * encryption, blind index, audit and outbox per item), beside the raw JDBC insert rate of rows of the same shape
 * into the same database. Prints a Markdown summary; writes one line per request to {@code requests.tsv} in the
 * directory given as the only argument.
 *
 * <p>Variables: {@code YJS_CASE_PORT}, {@code YJS_KEYCLOAK_PORT}, {@code YJS_POSTGRES_PORT} as for deploy/local;
 * {@code BENCH_IMPORTS} (10), {@code BENCH_CLIENTS} (2), {@code BENCH_IMPORT_SIZE} (1000),
 * {@code BENCH_WARMUP_IMPORTS} (1), {@code BENCH_USER} (court.liu).
 */
public final class BulkIntake {

    /** The goal on this machine. */
    static final double GOAL_CASES_PER_SECOND = 1_000;
    /** Issue 16, item 4's goal: case-service's CPU per 1,000 referrals, with production durability. */
    static final double GOAL_CPU_SECONDS_PER_THOUSAND = 0.3;
    /**
     * The role that owns case-service's tables in the local PostgreSQL, and its local demo password (deploy/local's
     * ServiceModule): the raw inserts go to a scratch table created for them, which the service's own role cannot do.
     */
    private static final String DB_USER = "case_service_owner";
    private static final String DB_PASSWORD = "local-demo";
    /** The status recorded for a request that got no answer (connection refused or reset, timeout). */
    private static final int NO_ANSWER = -1;

    private BulkIntake() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BulkIntake <output directory>");
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Settings settings = Settings.fromEnvironment();
        int imports = settings.integer("BENCH_IMPORTS", 10);
        int clients = settings.integer("BENCH_CLIENTS", 2);
        int size = settings.integer("BENCH_IMPORT_SIZE", 1000);
        int warmups = settings.count("BENCH_WARMUP_IMPORTS", 1);
        String user = settings.text("BENCH_USER", "court.liu");
        String url = settings.caseServiceUrl() + "/case-imports";

        var http = ApiClient.newHttpClient();
        // a 1,000-item import takes seconds, longer on a loaded machine
        ApiClient api = new ApiClient(http, new KeycloakTokens(http, settings.tokenUrl()), Duration.ofMinutes(10));

        FictionalReferrals referrals = new FictionalReferrals(new Random(), LocalDate.now(ServiceZone.ZONE));
        List<byte[]> warmupBodies = bodies(referrals, warmups, size);
        List<byte[]> bodies = bodies(referrals, imports, size);

        for (int i = 0; i < warmupBodies.size(); i++) {
            log("warm-up import " + (i + 1) + "/" + warmups);
            api.send("POST", url, user, warmupBodies.get(i), null).expect(200, "a warm-up import");
        }

        ProcessCpu cpu = new ProcessCpu(ProcessCpu.parseRoots(settings.text("BENCH_PIDS", "")),
                settings.decimal("BENCH_CLK_TCK", 100), Path.of("/proc"));
        log(imports + " imports of " + size + " from " + clients + " clients");
        Map<String, Double> cpuBefore = cpu.sample();
        List<RequestResult> results = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    results.add(send(api, url, user, i, bodies.get(i)));
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        Map<String, Double> cpuAfter = cpu.sample();

        long first = results.stream().mapToLong(RequestResult::sentNanos).min().orElse(0);
        long last = results.stream().mapToLong(RequestResult::receivedNanos).max().orElse(0);
        double seconds = (last - first) / 1e9;
        int referred = results.stream().mapToInt(RequestResult::created).sum();
        Map<Integer, Integer> itemStatuses = new TreeMap<>();
        results.forEach(r -> r.itemStatuses().forEach((status, n) -> itemStatuses.merge(status, n, Integer::sum)));
        long failedRequests = results.stream().filter(r -> r.status() != 200).count();
        Percentiles latency = Percentiles.of(results.stream()
                .filter(r -> r.status() == 200).map(r -> r.receivedNanos() - r.sentNanos()).toList());
        writeRequests(out.resolve("requests.tsv"), results);

        log("raw JDBC inserts of " + imports * size + " rows");
        RawCaseInserts.Result raw = new RawCaseInserts(settings.casesJdbcUrl(), DB_USER, DB_PASSWORD)
                .insert(imports * size);

        double casesPerSecond = referred / seconds;
        System.out.println(Markdown.row("measure", "value"));
        System.out.println(Markdown.row("---", "---"));
        System.out.println(Markdown.row("imports × items, clients",
                imports + " × " + size + ", " + clients + " clients (after " + warmups + " warm-up import(s))"));
        System.out.println(Markdown.row("requests answered 200", (imports - failedRequests) + " of " + imports));
        System.out.println(Markdown.row("items by status", itemStatuses.isEmpty() ? "none" : itemStatuses));
        System.out.println(Markdown.row("cases referred (201) in", referred + " in " + Markdown.number(seconds, 1)
                + " s"));
        System.out.println(Markdown.row("**cases/s through the API**", "**" + Markdown.number(casesPerSecond, 0)
                + "**"));
        System.out.println(Markdown.row("request p50 / p99 / max ms", Markdown.number(latency.p50(), 0) + " / "
                + Markdown.number(latency.p99(), 0) + " / " + Markdown.number(latency.max(), 0)));
        System.out.println(Markdown.row("raw JDBC rows/s (batches of " + RawCaseInserts.BATCH + ")",
                Markdown.number(raw.rowsPerSecond(), 0) + " (" + raw.rows() + " rows in "
                        + Markdown.number(raw.nanos() / 1e9, 1) + " s; cipher lengths " + raw.cipherLengths() + ")"));
        System.out.println(Markdown.row("API / raw", Markdown.number(casesPerSecond / raw.rowsPerSecond(), 3)));
        System.out.println(Markdown.row("goal ≥ " + (int) GOAL_CASES_PER_SECOND + " cases/s",
                casesPerSecond >= GOAL_CASES_PER_SECOND ? "met" : "**not met**"));
        Double caseCpu = cpuAfter.get("case-service") == null || cpuBefore.get("case-service") == null ? null
                : (cpuAfter.get("case-service") - cpuBefore.get("case-service")) * 1000 / referred;
        System.out.println(Markdown.row("**case-service CPU s per 1,000 cases** (goal ≤ "
                + GOAL_CPU_SECONDS_PER_THOUSAND + ")", caseCpu == null ? "n/a (no BENCH_PIDS)"
                : "**" + Markdown.number(caseCpu, 2) + "** (" + (caseCpu <= GOAL_CPU_SECONDS_PER_THOUSAND ? "met"
                : "not met") + ")"));
        System.out.println(Markdown.row("PostgreSQL durability", durability(settings)));
        System.out.println();
        System.out.println("CPU of each process over the measured imports (from the first request to the last "
                + "answer, the warm-up left out), utime + stime from /proc, children included:");
        System.out.println();
        ProcessCpu.printSpent(cpuBefore, cpuAfter, seconds, "s per 1,000 cases", 1000.0 / referred);
    }

    /** What the suite's PostgreSQL runs with, asked of it: the run is only a measurement with both on. */
    private static String durability(Settings settings) throws SQLException {
        try (Connection db = DriverManager.getConnection(settings.casesJdbcUrl(), DB_USER, DB_PASSWORD);
             Statement show = db.createStatement()) {
            return "fsync=" + show(show, "fsync") + ", synchronous_commit=" + show(show, "synchronous_commit");
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<byte[]> bodies(FictionalReferrals referrals, int count, int size) throws IOException {
        // made before the clock starts, so that only the service's work is timed
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode body = ApiClient.JSON.createObjectNode();
            ArrayNode items = body.putArray("items");
            for (int item = 0; item < size; item++) {
                items.add(referrals.next());
            }
            bodies.add(ApiClient.JSON.writeValueAsBytes(body));
        }
        return bodies;
    }

    private static RequestResult send(ApiClient api, String url, String user, int index, byte[] body) {
        ApiClient.Answer answer;
        long sent = System.nanoTime();
        try {
            answer = api.send("POST", url, user, body, null);
        } catch (UncheckedIOException e) {
            // a request that got no answer counts as failed, as a partner system would see it; the rest go on
            log("request " + index + " failed: " + e.getMessage());
            return new RequestResult(index, NO_ANSWER, Map.of(), sent, System.nanoTime());
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        if (answer.status() == 200) {
            for (JsonNode item : answer.json().path("items")) {
                statuses.merge(item.path("status").asInt(), 1, Integer::sum);
            }
        }
        return new RequestResult(index, answer.status(), statuses, answer.sentNanos(), answer.receivedNanos());
    }

    private static void writeRequests(Path file, List<RequestResult> results) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.println("request\tstatus\tcreated\tmillis\titem_statuses");
            results.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).forEach(r ->
                    writer.println(r.index() + "\t" + r.status() + "\t" + r.created() + "\t"
                            + Markdown.number((r.receivedNanos() - r.sentNanos()) / 1e6, 1) + "\t" + r.itemStatuses()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }

    private record RequestResult(int index, int status, Map<Integer, Integer> itemStatuses, long sentNanos,
                                 long receivedNanos) {

        int created() {
            return itemStatuses.getOrDefault(201, 0);
        }
    }
}
