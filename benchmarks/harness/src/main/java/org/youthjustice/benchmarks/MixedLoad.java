package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.youthjustice.platform.time.ServiceZone;

/**
 * Issue 16, item 5, "a day's work under load": a fixed weighted mix of the demo users' everyday requests
 * ({@link DayOperation#mix()}) through the gateway with real Keycloak tokens, as an open loop at {@code BENCH_RATE}
 * requests a second: slot i is due at start + i / rate whatever the earlier ones took, runs the mix's operation of
 * slot i on a bounded pool of client threads, and its latency counts from the slot. After a warm-up, a measured window
 * of {@code BENCH_SECONDS} (per operation: count, p50/p99/max, errors by status; the CPU of each process of the suite
 * per request of the mix), then a soak at the same rate for {@code BENCH_SOAK_SECONDS} sampled every
 * {@code BENCH_SAMPLE_SECONDS}: resident memory and threads of each process, PostgreSQL's connections per database,
 * each service database's outbox backlog and the p99 of the requests answered in the sample's window; written to
 * {@code soak.tsv} and drawn as {@code soak.png}, with a verdict per series (flat: the last third's average within
 * 10 % of the first third's). Prints the Markdown summary; writes {@code requests.tsv}, {@code soak.tsv} and
 * {@code soak.png} to the directory given as the only argument.
 *
 * <p>Variables: {@code YJS_GATEWAY_PORT}, {@code YJS_KEYCLOAK_PORT}, {@code YJS_POSTGRES_PORT} as for deploy/local;
 * {@code BENCH_RATE} (20 per second), {@code BENCH_SECONDS} (120), {@code BENCH_WARMUP_SECONDS} (30),
 * {@code BENCH_SOAK_SECONDS} (600, 0 for none), {@code BENCH_SAMPLE_SECONDS} (10), {@code BENCH_CLIENTS} (32 client
 * threads), {@code BENCH_POOL} (16 cases), {@code BENCH_OFFICE} (JO-440104-01), {@code BENCH_PARTNER_CLIENT}
 * ({@code partner-court-gz}), {@code BENCH_PARTNER_SECRET} (its local demo secret), {@code BENCH_PIDS}
 * ({@code part:pid ...}), {@code BENCH_CLK_TCK} (100).
 */
public final class MixedLoad {

    /** The two workers whose leads the supervisor swaps, with the demo users they are. */
    private static final Map<String, String> LEADS = Map.of("W0001", "sw.li", "W0002", "sw.chen");
    private static final Map<String, String> WORKER_OF = Map.of("sw.li", "W0001", "sw.chen", "W0002", "sw.zhou",
            "W0003");
    private static final String SUPERVISOR = "sup.wang";
    /** The local realm's demo secret of the partner system (deploy/keycloak/youth-justice-realm.json). */
    private static final String PARTNER_DEMO_SECRET = "local-demo-secret-partner-court-gz";
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
    private static final Duration CASE_BACK_WITHIN = Duration.ofSeconds(60);
    private static final double FLAT_TOLERANCE = 0.10;
    private static final PlaceKindCycle PLACES = new PlaceKindCycle();
    private static final String[] SERVICE_KINDS = {"PSYCHOLOGICAL_SUPPORT", "BEHAVIOUR_CORRECTION", "EDUCATION",
        "FAMILY_RELATIONS", "LEGAL_EDUCATION"};

    /** One request of the run: its slot's due time and when it ended, on the nanoTime clock; status 0: no answer. */
    record Outcome(DayOperation operation, String user, String phase, long dueNanos, long endNanos, int status) {

        long latencyNanos() {
            return endNanos - dueNanos;
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** One sample of the soak. */
    record SoakSample(double seconds, Map<String, ProcessFootprint.Footprint> processes,
                      Map<String, Integer> connections, Map<String, Long> outbox, int answered, double p99Millis) {
    }

    private final Settings settings;
    private final HttpClient http;
    private final KeycloakTokens tokens;
    private final String gateway;
    private final OperationMix<DayOperation.Slot> mix = DayOperation.mix();
    private final FictionalReferrals referrals = new FictionalReferrals(new Random(),
            LocalDate.now(ServiceZone.ZONE));
    private final AtomicLong slots = new AtomicLong();
    private final AtomicLong rotation = new AtomicLong();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> window = new ConcurrentLinkedQueue<>();
    private ClientCredentialsToken partner;
    private String partnerNote;
    private LeadCases leadCases;
    private List<String> zhouCases = List.of();
    private String contractId;
    private volatile String phase = "warm-up";

    private MixedLoad(Settings settings) {
        this.settings = settings;
        this.http = ApiClient.newHttpClient();
        this.tokens = new KeycloakTokens(http, settings.tokenUrl());
        this.gateway = settings.url("YJS_GATEWAY_PORT", 8080) + "/api";
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: MixedLoad <output directory>");
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        new MixedLoad(Settings.fromEnvironment()).run(out);
        // the HTTP client's and JDBC's threads are not daemons everywhere
        System.exit(0);
    }

    private void run(Path out) throws Exception {
        double rate = settings.decimal("BENCH_RATE", 20);
        int seconds = settings.integer("BENCH_SECONDS", 120);
        int warmupSeconds = settings.count("BENCH_WARMUP_SECONDS", 30);
        int soakSeconds = settings.count("BENCH_SOAK_SECONDS", 600);
        int sampleSeconds = settings.integer("BENCH_SAMPLE_SECONDS", 10);
        int clients = settings.integer("BENCH_CLIENTS", 32);
        int poolSize = settings.integer("BENCH_POOL", 16);
        String office = settings.text("BENCH_OFFICE", "JO-440104-01");
        Map<String, Long> pids = new LinkedHashMap<>(ProcessCpu.parseRoots(settings.text("BENCH_PIDS", "")));
        pids.put("benchmark harness", ProcessHandle.current().pid());
        ProcessCpu cpu = new ProcessCpu(pids, settings.decimal("BENCH_CLK_TCK", 100), Path.of("/proc"));
        ProcessFootprint footprint = new ProcessFootprint(pids, Path.of("/proc"));

        setUp(office, poolSize);

        ExecutorService clientPool = Executors.newFixedThreadPool(clients);
        Map<String, Double> cpuBefore;
        Map<String, Double> cpuAfter;
        Map<String, Double> soakCpuBefore = Map.of();
        Map<String, Double> soakCpuAfter = Map.of();
        double windowSeconds;
        double soakWindowSeconds = Double.NaN;
        double achieved;
        List<SoakSample> samples = new ArrayList<>();
        try {
            if (warmupSeconds > 0) {
                log(warmupSeconds + " s of warm-up at " + rate + "/s, not measured");
                awaitAll(runAtRate(clientPool, rate, warmupSeconds, "warm-up"));
            }
            log(seconds + " s measured at " + rate + "/s");
            phase = "measured";
            cpuBefore = cpu.sample();
            long start = System.nanoTime();
            List<Future<?>> measured = runAtRate(clientPool, rate, seconds, "measured");
            long lastSlot = System.nanoTime();
            achieved = (measured.size() - 1) / ((lastSlot - start) / 1e9);
            awaitAll(measured);
            windowSeconds = (System.nanoTime() - start) / 1e9;
            cpuAfter = cpu.sample();

            if (soakSeconds > 0) {
                log("soak: " + soakSeconds + " s at " + rate + "/s, sampled every " + sampleSeconds + " s");
                phase = "soak";
                try (DatabaseProbe probe = new DatabaseProbe("jdbc:postgresql://" + Settings.HOST + ":"
                        + settings.integer("YJS_POSTGRES_PORT", 15432) + "/")) {
                    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                    window.clear();
                    long soakStart = System.nanoTime();
                    soakCpuBefore = cpu.sample();
                    int count = soakSeconds / sampleSeconds;
                    List<Future<?>> sampling = new ArrayList<>();
                    for (int k = 1; k <= count; k++) {
                        sampling.add(sampler.schedule(() -> samples.add(sample(footprint, probe, soakStart)),
                                (long) k * sampleSeconds * 1000L - 50, TimeUnit.MILLISECONDS));
                    }
                    List<Future<?>> soak = runAtRate(clientPool, rate, soakSeconds, "soak");
                    for (Future<?> f : sampling) {
                        f.get(sampleSeconds * 2L + 60, TimeUnit.SECONDS);
                    }
                    sampler.shutdownNow();
                    awaitAll(soak);
                    soakWindowSeconds = (System.nanoTime() - soakStart) / 1e9;
                    soakCpuAfter = cpu.sample();
                }
            }
        } finally {
            clientPool.shutdownNow();
        }

        writeRequests(out.resolve("requests.tsv"));
        Summary summary = new Summary(List.copyOf(outcomes), rate, clients);
        summary.printMix(mix, partnerNote);
        summary.printPhase("measured", seconds, achieved);
        System.out.println();
        System.out.println("CPU of each process over the measured window (" + Markdown.number(windowSeconds, 1)
                + " s, from the first slot to the last answer), utime + stime from /proc, children included, **per"
                + " request of the mix** (" + summary.count("measured") + " requests, every operation together):");
        System.out.println();
        ProcessCpu.printSpent(cpuBefore, cpuAfter, windowSeconds, "ms per request of the mix",
                1000.0 / Math.max(1, summary.count("measured")));
        if (!samples.isEmpty()) {
            System.out.println();
            summary.printPhase("soak", soakSeconds, Double.NaN);
            System.out.println();
            System.out.println("CPU of each process over the soak (" + Markdown.number(soakWindowSeconds, 1)
                    + " s), per request of the mix (" + summary.count("soak") + " requests):");
            System.out.println();
            ProcessCpu.printSpent(soakCpuBefore, soakCpuAfter, soakWindowSeconds, "ms per request of the mix",
                    1000.0 / Math.max(1, summary.count("soak")));
            System.out.println();
            SoakReport report = new SoakReport(samples);
            report.writeTsv(out.resolve("soak.tsv"));
            report.writeChart(out.resolve("soak.png"), rate);
            report.printFlatness(FLAT_TOLERANCE);
        }
    }

    // ---- before the clock ----------------------------------------------------------------------------------------

    private void setUp(String office, int poolSize) {
        ApiClient api = new ApiClient(http, tokens, ANSWER_WAIT);
        String clientId = settings.text("BENCH_PARTNER_CLIENT", "partner-court-gz");
        ClientCredentialsToken candidate = new ClientCredentialsToken(http, settings.tokenUrl(), clientId,
                settings.text("BENCH_PARTNER_SECRET", PARTNER_DEMO_SECRET));
        try {
            candidate.bearer();
            partner = candidate;
            partnerNote = "referrals sent by the partner system `" + clientId + "` (client-credentials token)";
        } catch (RuntimeException e) {
            partnerNote = "referrals sent as `court.liu` (password token): the client-credentials grant of `"
                    + clientId + "` failed: " + e.getMessage();
            log(partnerNote);
        }

        // before any referral: the pool must fit beside each worker's other cases
        checkCapacityBefore(api, office, poolSize);
        // the pool: CasePool's, found again or referred, accepted and assigned, all through the gateway as admin.ops
        CasePool pool = CasePool.prepare(api, gateway, office, List.of("W0001", "W0002"), poolSize, referrals);
        List<CasePool.PooledCase> cases = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            try {
                cases.add(pool.take(Duration.ofSeconds(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        leadCases = new LeadCases(List.of("W0001", "W0002"), cases);
        checkCapacity(api, poolSize);

        JsonNode zhou = api.send("GET", gateway + "/workers/W0003/caseload", "sw.zhou", null, null)
                .expect(200, "sw.zhou's caseload").json();
        List<String> references = new ArrayList<>();
        zhou.path("caseReferences").forEach(c -> references.add(c.path("reference").asText()));
        zhouCases = List.copyOf(references);
        JsonNode contracts = api.send("GET", gateway + "/contracts?status=ACTIVE", "proc.huang", null, null)
                .expect(200, "proc.huang's contracts").json();
        contractId = contracts.path("items").path(0).path("id").asText(null);
        log("set up: pool " + leadCases.idleByWorker() + ", sw.zhou's cases " + zhouCases.size()
                + ", proc.huang's first active contract " + (contractId == null ? "none" : contractId));
        if (zhouCases.isEmpty()) {
            log("sw.zhou leads no case: her case reads answer 404 (a case of W0001's pool is asked)");
        }
    }

    /**
     * Stops before the pool is topped up when it could take a worker over capacity (worker-service would alert and
     * mail the supervisor): each worker's load besides the office's INTAKE cases they lead (earlier runs' pool cases,
     * unassessed, 1.0 each) plus the whole pool must fit.
     */
    private void checkCapacityBefore(ApiClient api, String office, int poolSize) {
        for (String worker : LEADS.keySet()) {
            JsonNode caseload = api.send("GET", gateway + "/workers/" + worker + "/caseload", CasePool.ADMIN, null,
                    null).expect(200, "reading the caseload of " + worker).json();
            int intake = api.send("GET", gateway + "/cases?office=" + office + "&status=INTAKE&worker=" + worker
                    + "&size=100", CasePool.ADMIN, null, null).expect(200, "listing the pool's cases").json()
                    .path("items").size();
            double others = caseload.path("weightedLoad").asDouble() - intake;
            double capacity = caseload.path("capacity").asDouble();
            if (others + poolSize > capacity) {
                throw new IllegalStateException(worker + " carries " + others + " besides the office's INTAKE cases,"
                        + " capacity " + capacity + ": a pool of " + poolSize + " could take them over it; lower"
                        + " BENCH_POOL (at most " + (int) Math.floor(capacity - others) + ")");
            }
        }
    }

    /** As EventToAlert: stop before a worker could be pushed over capacity (alerts and mails to the supervisor). */
    private void checkCapacity(ApiClient api, int poolSize) {
        Map<String, Integer> idle = leadCases.idleByWorker();
        for (String worker : LEADS.keySet()) {
            JsonNode caseload = api.send("GET", gateway + "/workers/" + worker + "/caseload", CasePool.ADMIN, null,
                    null).expect(200, "reading the caseload of " + worker).json();
            double others = caseload.path("weightedLoad").asDouble() - idle.getOrDefault(worker, 0);
            double capacity = caseload.path("capacity").asDouble();
            if (others + poolSize > capacity) {
                throw new IllegalStateException(worker + " carries " + others + " besides the pool, capacity "
                        + capacity + ": with all " + poolSize + " cases of the pool they would be over it; lower "
                        + "BENCH_POOL");
            }
        }
    }

    // ---- the open loop -------------------------------------------------------------------------------------------

    /** Submits {@code rate × seconds} slots, each at its time whatever the earlier ones took. */
    private List<Future<?>> runAtRate(ExecutorService clientPool, double rate, int seconds, String phaseName) {
        int count = (int) Math.round(rate * seconds);
        RateSchedule schedule = new RateSchedule(System.nanoTime(), rate);
        List<Future<?>> submitted = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            schedule.awaitTurn(i);
            long due = schedule.dueNanos(i);
            DayOperation.Slot slot = mix.at(slots.getAndIncrement());
            submitted.add(clientPool.submit(() -> {
                int status;
                try {
                    status = perform(slot);
                } catch (RuntimeException | InterruptedException e) {
                    status = 0;
                    log(slot.operation() + " as " + slot.user() + " got no answer: " + e.getMessage());
                }
                long end = System.nanoTime();
                Outcome outcome = new Outcome(slot.operation(), slot.user(), phaseName, due, end, status);
                outcomes.add(outcome);
                if ("soak".equals(phaseName)) {
                    window.add(outcome.latencyNanos());
                }
            }));
        }
        return submitted;
    }

    private static void awaitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            try {
                future.get(ANSWER_WAIT.toSeconds() * 4, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                log("a request is still pending after " + ANSWER_WAIT.toSeconds() * 4 + " s");
            }
        }
    }

    /** One operation of the mix; answers its status. */
    private int perform(DayOperation.Slot slot) throws InterruptedException {
        String user = slot.user();
        return switch (slot.operation()) {
            case WORKER_CASELOAD -> get("/workers/" + WORKER_OF.get(user) + "/caseload", user).statusCode();
            case WORKER_CASE -> readCase(user);
            case VISIT -> onLedCase(user, reference -> post("/cases/" + reference + "/visits", user, visit()));
            case SERVICE -> onLedCase(user, reference -> post("/cases/" + reference + "/services", user, service()));
            case NOTIFICATIONS -> get("/notifications?size=20", user).statusCode();
            case UNREAD_COUNT -> get("/notifications/unread-count", user).statusCode();
            case SUPERVISOR_CASES, OFFICE_CASES, COURT_CASES -> get("/cases", user).statusCode();
            case SUPERVISOR_CASELOADS -> get("/caseloads", user).statusCode();
            case ASSIGNMENT -> swap(user);
            case REFERRAL -> send("POST", "/cases", user, referrals.next(), null, "application/json").statusCode();
            case EXPORT -> send("GET", "/case-exports?purpose=MONTHLY_RETURN&office="
                    + URLEncoder.encode(settings.text("BENCH_OFFICE", "JO-440104-01"), StandardCharsets.UTF_8),
                    user, null, null, "text/csv").statusCode();
            case CONTRACTS -> get("/contracts?status=ACTIVE", user).statusCode();
            case COVERAGE -> contractId == null ? get("/contracts?status=ACTIVE", user).statusCode()
                    : get("/contracts/" + contractId + "/coverage", user).statusCode();
        };
    }

    private int readCase(String user) throws InterruptedException {
        if (!LEADS.containsValue(user)) {
            String reference = zhouCases.isEmpty() ? "none"
                    : zhouCases.get((int) Math.floorMod(rotation.getAndIncrement(), (long) zhouCases.size()));
            return get("/cases/" + reference, user).statusCode();
        }
        String worker = WORKER_OF.get(user);
        CasePool.PooledCase pooled = leadCases.takeLedBy(worker, CASE_BACK_WITHIN);
        try {
            HttpResponse<String> answer = get("/cases/" + pooled.reference(), user);
            String etag = answer.statusCode() == 200 ? answer.headers().firstValue("ETag").orElse(pooled.etag())
                    : pooled.etag();
            pooled = new CasePool.PooledCase(pooled.reference(), pooled.workerId(), etag);
            return answer.statusCode();
        } finally {
            leadCases.giveBack(pooled);
        }
    }

    private int onLedCase(String user, java.util.function.Function<String, HttpResponse<String>> request)
            throws InterruptedException {
        CasePool.PooledCase pooled = leadCases.takeLedBy(WORKER_OF.get(user), CASE_BACK_WITHIN);
        try {
            return request.apply(pooled.reference()).statusCode();
        } finally {
            leadCases.giveBack(pooled);
        }
    }

    /** The supervisor makes the other worker the lead; a refused swap re-reads the case (not measured). */
    private int swap(String user) {
        CasePool.PooledCase pooled = leadCases.takeForSwap(CASE_BACK_WITHIN);
        String next = leadCases.other(pooled.workerId());
        CasePool.PooledCase back = pooled;
        try {
            ObjectNode assignment = ApiClient.JSON.createObjectNode().put("workerId", next)
                    .put("reason", "benchmark: mixed load");
            HttpResponse<String> answer = send("PUT", "/cases/" + pooled.reference() + "/assignment", user,
                    assignment, pooled.etag(), "application/json");
            if (answer.statusCode() == 200) {
                back = new CasePool.PooledCase(pooled.reference(), next, answer.headers().firstValue("ETag")
                        .orElseThrow());
            } else {
                back = reread(pooled);
            }
            return answer.statusCode();
        } catch (RuntimeException e) {
            back = reread(pooled);
            throw e;
        } finally {
            leadCases.giveBack(back);
        }
    }

    private CasePool.PooledCase reread(CasePool.PooledCase pooled) {
        try {
            HttpResponse<String> answer = get("/cases/" + pooled.reference(), SUPERVISOR);
            String lead = ApiClient.JSON.readTree(answer.body()).path("assignedWorkerId").asText();
            if (answer.statusCode() == 200 && LEADS.containsKey(lead)) {
                return new CasePool.PooledCase(pooled.reference(), lead,
                        answer.headers().firstValue("ETag").orElse(pooled.etag()));
            }
        } catch (IOException | RuntimeException e) {
            log("could not re-read case " + pooled.reference() + ": " + e.getMessage());
        }
        return pooled;
    }

    private static ObjectNode visit() {
        return ApiClient.JSON.createObjectNode()
                .put("at", Instant.now().minusSeconds(120).toString())
                .put("placeKind", PLACES.next())
                .put("place", "Community centre")
                .put("note", "Benchmark visit: attends school, no concerns.");
    }

    private ObjectNode service() {
        return ApiClient.JSON.createObjectNode()
                .put("kind", SERVICE_KINDS[(int) Math.floorMod(rotation.getAndIncrement(), (long) SERVICE_KINDS.length)])
                .put("minutes", 45)
                .put("deliveredOn", LocalDate.now(ServiceZone.ZONE).toString())
                .put("note", "Benchmark service session.");
    }

    private HttpResponse<String> get(String path, String user) {
        return send("GET", path, user, null, null, "application/json");
    }

    private HttpResponse<String> post(String path, String user, Object body) {
        return send("POST", path, user, body, null, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String user, Object body, String ifMatch,
                                      String accept) {
        String bearer = DayOperation.PARTNER.equals(user)
                ? (partner != null ? partner.bearer() : tokens.bearer("court.liu")) : tokens.bearer(user);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(ANSWER_WAIT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", accept);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if ("POST".equals(method)) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            try {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(ApiClient.JSON.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    // ---- the soak's samples ----------------------------------------------------------------------------------------

    private SoakSample sample(ProcessFootprint footprint, DatabaseProbe probe, long soakStart) {
        double at = (System.nanoTime() - soakStart) / 1e9;
        List<Long> latencies = new ArrayList<>();
        for (Long l = window.poll(); l != null; l = window.poll()) {
            latencies.add(l);
        }
        Map<String, ProcessFootprint.Footprint> processes;
        try {
            processes = footprint.sample();
        } catch (IOException e) {
            log("could not read /proc: " + e.getMessage());
            processes = Map.of();
        }
        Map<String, Integer> connections;
        try {
            connections = probe.connections();
        } catch (SQLException e) {
            log("could not read pg_stat_activity: " + e.getMessage());
            connections = Map.of();
        }
        Map<String, Long> outbox = probe.outboxBacklog();
        Percentiles p = Percentiles.of(latencies);
        SoakSample sample = new SoakSample(at, processes, connections, outbox, p.count(), p.p99());
        log("soak sample at " + Markdown.number(at, 0) + " s: p99 " + Markdown.number(p.p99(), 1) + " ms of "
                + p.count() + ", outbox " + outbox + ", connections " + connections);
        return sample;
    }

    private void writeRequests(Path file) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.println("phase\toperation\tuser\tstatus\tms from slot");
            for (Outcome o : outcomes) {
                writer.println(o.phase() + "\t" + o.operation().name().toLowerCase() + "\t" + o.user() + "\t"
                        + o.status() + "\t" + Markdown.number(o.latencyNanos() / 1e6, 1));
            }
        }
    }

    static void log(String message) {
        System.err.println("[bench] " + message);
    }

    /** HOME, PHONE, SCHOOL, OFFICE in turn. */
    private static final class PlaceKindCycle {
        private static final String[] KINDS = {"HOME", "PHONE", "SCHOOL", "OFFICE"};
        private final AtomicLong next = new AtomicLong();

        String next() {
            return KINDS[(int) Math.floorMod(next.getAndIncrement(), (long) KINDS.length)];
        }
    }

    /** The Markdown tables of the requests. */
    private record Summary(List<Outcome> outcomes, double rate, int clients) {

        long count(String phase) {
            return outcomes.stream().filter(o -> o.phase().equals(phase)).count();
        }

        void printMix(OperationMix<DayOperation.Slot> mix, String partnerNote) {
            System.out.println("The mix (weight: per cent of the requests; at " + Markdown.number(rate, 1)
                    + " requests/s, through the gateway, " + clients + " client threads; " + partnerNote + "):");
            System.out.println();
            System.out.println(Markdown.row("operation", "request", "users (weight %)", "weight %"));
            System.out.println(Markdown.row("---", "---", "---", "---"));
            Map<DayOperation, Map<String, Integer>> byOperation = new LinkedHashMap<>();
            mix.weights().forEach((slot, weight) -> byOperation.computeIfAbsent(slot.operation(),
                    k -> new LinkedHashMap<>()).put(slot.user(), weight));
            for (DayOperation operation : DayOperation.values()) {
                Map<String, Integer> users = byOperation.getOrDefault(operation, Map.of());
                List<String> who = new ArrayList<>();
                users.forEach((user, weight) -> who.add(user + " " + weight));
                System.out.println(Markdown.row(operation.label(), "`" + operation.request() + "`",
                        String.join(", ", who), users.values().stream().mapToInt(Integer::intValue).sum()));
            }
            System.out.println();
        }

        void printPhase(String phase, int seconds, double achieved) {
            List<Outcome> of = outcomes.stream().filter(o -> o.phase().equals(phase)).toList();
            System.out.println("**" + ("measured".equals(phase) ? "Measured window" : "Soak") + "**: " + seconds
                    + " s at " + Markdown.number(rate, 1) + "/s asked" + (Double.isNaN(achieved) ? ""
                    : ", " + Markdown.number(achieved, 2) + "/s sent") + "; latency from each request's slot (open"
                    + " loop), nearest rank; errors: answers not 2xx and no answer (0), by status.");
            System.out.println();
            System.out.println(Markdown.row("operation", "count", "p50 ms", "p99 ms", "max ms", "errors",
                    "error %", "errors by status"));
            System.out.println(Markdown.row("---", "---", "---", "---", "---", "---", "---", "---"));
            for (DayOperation operation : DayOperation.values()) {
                row(operation.label(), of.stream().filter(o -> o.operation() == operation).toList());
            }
            row("**all**", of);
        }

        private static void row(String label, List<Outcome> of) {
            if (of.isEmpty()) {
                return;
            }
            Percentiles p = Percentiles.of(of.stream().map(Outcome::latencyNanos).toList());
            Map<Integer, Long> errors = new TreeMap<>();
            of.stream().filter(o -> !o.ok()).forEach(o -> errors.merge(o.status(), 1L, Long::sum));
            long failed = errors.values().stream().mapToLong(Long::longValue).sum();
            System.out.println(Markdown.row(label, of.size(), Markdown.number(p.p50(), 1),
                    Markdown.number(p.p99(), 1), Markdown.number(p.max(), 1), failed,
                    Markdown.number(100.0 * failed / of.size(), 2), errors.isEmpty() ? "" : errors.toString()));
        }
    }
}
