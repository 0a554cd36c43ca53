package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.time.ServiceZone;

/**
 * Issue 5's event latency: from a {@code case.assigned} committed in case-service (the 200 of
 * {@code PUT /cases/{reference}/assignment}, sent after the commit) to the case in the worker's caseload in
 * worker-service ({@code GET /workers/{id}/caseload}, polled), how much of it the event spent in case-service's
 * outbox and on its way to worker-service's consumer (read from both databases after the run), beside the raw
 * round trip of a record through the
 * suite's Kafka broker at the same rate. Prints a Markdown summary; writes {@code latencies.tsv} and
 * {@code kafka.tsv} to the directory given as the only argument.
 *
 * <p>The run waits until worker-service has caught up with cases.v1 (consumer group {@code worker-service}) before
 * the warm-up and again before the measured cases.
 *
 * <p>Variables: {@code YJS_CASE_PORT}, {@code YJS_WORKER_PORT}, {@code YJS_KEYCLOAK_PORT}, {@code YJS_KAFKA_PORT},
 * {@code YJS_POSTGRES_PORT} as for deploy/local; {@code BENCH_RATE} (5 per second), {@code BENCH_CASES} (100), {@code BENCH_POLL_MS} (5),
 * {@code BENCH_AGENCY} (52440100MJL123454L, a demo agency), {@code BENCH_IN_FLIGHT} (8: cases whose calls may
 * overlap), {@code BENCH_WARMUP_CASES} (50, at the same rate, not measured), {@code BENCH_WORKERS} (1: fresh workers
 * the cases are assigned to in turn, so that at 100/s no caseload the poller reads grows to thousands of cases). The
 * achieved rate is that of the assignments' answers, first to last.
 */
public final class CaseEventLatency {

    private static final String ADMIN = "admin.ops";
    private static final String COURT = "court.liu";
    /** Referrals drawn for one case when the juveniles drawn still have open cases from earlier runs. */
    private static final int REFERRAL_ATTEMPTS = 5;
    /** The password of the services' roles in the local PostgreSQL: a local demo credential (deploy/local). */
    private static final String LOCAL_DB_PASSWORD = "local-demo";
    /** How long worker-service may take to work off a backlog on cases.v1 (e.g. a bulk intake's) before the run. */
    private static final Duration CAUGHT_UP_WITHIN = Duration.ofMinutes(5);
    /** How long case-service may take to learn of the new posting from workers.v1. */
    private static final Duration POSTING_KNOWN_WITHIN = Duration.ofMinutes(2);
    /** How long the last case may take to show in the caseload before the run gives up on it. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(60);

    private final ApiClient api;
    private final String cases;
    private final String workers;
    private final FictionalReferrals referrals;

    private CaseEventLatency(ApiClient api, Settings settings, FictionalReferrals referrals) {
        this.api = api;
        this.cases = settings.caseServiceUrl();
        this.workers = settings.workerServiceUrl();
        this.referrals = referrals;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CaseEventLatency <output directory>");
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Settings settings = Settings.fromEnvironment();
        double rate = settings.decimal("BENCH_RATE", 5);
        int count = settings.integer("BENCH_CASES", 100);
        int warmups = settings.count("BENCH_WARMUP_CASES", 50);
        long pollNanos = TimeUnit.MILLISECONDS.toNanos(settings.integer("BENCH_POLL_MS", 5));
        String agency = settings.text("BENCH_AGENCY", "52440100MJL123454L");
        int workerCount = settings.integer("BENCH_WORKERS", 1);

        var http = ApiClient.newHttpClient();
        ApiClient api = new ApiClient(http, new KeycloakTokens(http, settings.tokenUrl()), Duration.ofSeconds(60));
        Random random = new Random();
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        CaseEventLatency bench = new CaseEventLatency(api, settings, new FictionalReferrals(random, today));

        ConsumerLag lag = new ConsumerLag(settings.kafkaBootstrapServers());
        awaitWorkerServiceCaughtUp(lag);
        List<String> workerIds = new ArrayList<>();
        Duration known = Duration.ZERO;
        for (int w = 0; w < workerCount; w++) {
            String workerId = bench.registerWorker(agency, random, w);
            workerIds.add(workerId);
            bench.post(workerId, today);
            log("worker " + workerId + " posted at " + FictionalReferrals.OFFICE
                    + "; waiting for case-service to know it");
            Duration knownAfter = bench.awaitPostingKnown(workerId);
            known = knownAfter.compareTo(known) > 0 ? knownAfter : known;
            log("case-service knew the posting after " + knownAfter.toMillis() + " ms");
        }

        Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread poller = new Thread(() -> bench.pollCaseloads(workerIds, pollNanos, firstSeen, stop),
                "bench-caseload");
        poller.start();
        // each case's calls take longer than the period on a loaded machine: cases overlap so the rate holds
        ExecutorService inFlight = Executors.newFixedThreadPool(settings.integer("BENCH_IN_FLIGHT", 8));
        Assignments assignments;
        try {
            if (warmups > 0) {
                // services started a moment ago are not compiled yet: their first cases would measure the JIT
                log(warmups + " warm-up cases at " + rate + "/s, not measured");
                bench.assignAtRate(warmups, rate, workerIds, inFlight);
                // a cold consumer falls behind the warm-up; the measured cases must not queue behind its backlog
                awaitWorkerServiceCaughtUp(lag);
            }
            log(count + " cases at " + rate + "/s");
            assignments = bench.assignAtRate(count, rate, workerIds, inFlight);
            long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
            while (!firstSeen.keySet().containsAll(Arrays.asList(assignments.references()))
                    && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        } finally {
            inFlight.shutdownNow();
            stop.set(true);
            poller.join(10_000);
        }
        String[] references = assignments.references();
        long[] assignedAt = assignments.answeredNanos();
        long firstAssigned = Arrays.stream(assignedAt).min().orElse(0);
        long lastAssigned = Arrays.stream(assignedAt).max().orElse(0);
        double achieved = count < 2 ? Double.NaN : (count - 1) / ((lastAssigned - firstAssigned) / 1e9);

        List<Long> latencies = new ArrayList<>();
        try (PrintWriter writer = writer(out.resolve("latencies.tsv"))) {
            writer.println("case\tmillis");
            for (int i = 0; i < count; i++) {
                Long seen = firstSeen.get(references[i]);
                Long nanos = seen == null ? null : seen - assignedAt[i];
                if (nanos != null) {
                    latencies.add(nanos);
                }
                writer.println(i + "\t" + (nanos == null ? "not seen" : Markdown.number(nanos / 1e6, 1)));
            }
        }
        Percentiles caseEvent = Percentiles.of(latencies);
        List<EventTimeline.Event> timeline = new EventTimeline(
                new EventTimeline.Database(settings.casesJdbcUrl(), "case_service", LOCAL_DB_PASSWORD),
                new EventTimeline.Database(settings.workersJdbcUrl(), "worker_service", LOCAL_DB_PASSWORD))
                .of("case.assigned", Arrays.asList(references), "caseload");
        Percentiles inOutbox = Percentiles.of(timeline.stream().map(EventTimeline.Event::inOutboxNanos)
                .filter(Objects::nonNull).toList());
        Percentiles toConsumer = Percentiles.of(timeline.stream().map(EventTimeline.Event::toConsumerNanos)
                .filter(Objects::nonNull).toList());

        log("Kafka round trip on " + KafkaRoundTrip.TOPIC + ": " + count + " records at " + rate + "/s");
        KafkaRoundTrip.Result kafka = new KafkaRoundTrip(settings.kafkaBootstrapServers()).measure(count, rate);
        try (PrintWriter writer = writer(out.resolve("kafka.tsv"))) {
            writer.println("record\tmillis");
            for (int i = 0; i < kafka.nanos().size(); i++) {
                writer.println(i + "\t" + Markdown.number(kafka.nanos().get(i) / 1e6, 2));
            }
        }
        Percentiles broker = Percentiles.of(kafka.nanos());

        System.out.println(Markdown.row("path", "seen", "achieved rate /s", "p50 ms", "p99 ms", "max ms"));
        System.out.println(Markdown.row("---", "---", "---", "---", "---", "---"));
        System.out.println(Markdown.row("`case.assigned` committed → in `GET /workers/{id}/caseload`",
                caseEvent.count() + " of " + count, Markdown.number(achieved, 2), Markdown.number(caseEvent.p50(), 1),
                Markdown.number(caseEvent.p99(), 1), Markdown.number(caseEvent.max(), 1)));
        System.out.println(Markdown.row("… in case-service's outbox (`created_at` → `sent_at`)",
                inOutbox.count() + " of " + count, "", Markdown.number(inOutbox.p50(), 1),
                Markdown.number(inOutbox.p99(), 1), Markdown.number(inOutbox.max(), 1)));
        System.out.println(Markdown.row("… Kafka to worker-service's consumer (`sent_at` → inbox `processed_at`)",
                toConsumer.count() + " of " + count, "", Markdown.number(toConsumer.p50(), 1),
                Markdown.number(toConsumer.p99(), 1), Markdown.number(toConsumer.max(), 1)));
        System.out.println(Markdown.row("Kafka round trip (`" + KafkaRoundTrip.TOPIC + "`, acks=all)",
                broker.count() + " of " + count, Markdown.number(kafka.achieved(), 2),
                Markdown.number(broker.p50(), 1), Markdown.number(broker.p99(), 1), Markdown.number(broker.max(), 1)));
        System.out.println(Markdown.row("ratio (case event / Kafka)", "", "",
                Markdown.number(caseEvent.p50() / broker.p50(), 1) + "×", Markdown.number(caseEvent.p99() / broker.p99(), 1) + "×",
                ""));
        System.out.println();
        System.out.println("Case-service knew the " + workerCount + " benchmark workers' postings at most "
                + known.toMillis() + " ms after worker-service answered 201. Each caseload polled every " + pollNanos / 1_000_000
                + " ms (a sample is taken when the poll's answer arrives, so it includes up to one poll's wait and one"
                + " GET).");
    }

    /** Waits until worker-service's consumer has processed every event of cases.v1 so far, or stops the run. */
    private static void awaitWorkerServiceCaughtUp(ConsumerLag lag) throws Exception {
        long start = System.nanoTime();
        long left = lag.awaitCaughtUp("worker-service", "cases.v1", CAUGHT_UP_WITHIN);
        if (left > 0) {
            throw new IllegalStateException("worker-service still has " + left + " events of cases.v1 to process after "
                    + CAUGHT_UP_WITHIN.toMinutes() + " min; a latency measured now would measure that backlog");
        }
        log("worker-service had caught up with cases.v1 after "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + " s");
    }

    /**
     * Refers, accepts and assigns {@code count} cases, each started at its turn of the rate; answers each case's
     * reference and when its assignment's 200 arrived.
     */
    private Assignments assignAtRate(int count, double rate, List<String> workerIds, ExecutorService inFlight)
            throws Exception {
        String[] references = new String[count];
        long[] answeredNanos = new long[count];
        RateSchedule schedule = new RateSchedule(System.nanoTime(), rate);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            schedule.awaitTurn(i);
            int index = i;
            started.add(inFlight.submit(() -> {
                Accepted accepted = referAndAccept();
                references[index] = accepted.reference();
                String workerId = workerIds.get(index % workerIds.size());
                answeredNanos[index] = tryAssign(accepted, workerId).expect(200, "the assignment").receivedNanos();
            }));
        }
        for (Future<?> assignment : started) {
            assignment.get();
        }
        return new Assignments(references, answeredNanos);
    }

    /**
     * A fresh worker of the agency, with an id made of the time and its number in the run so that runs do not meet;
     * adult, fictional.
     */
    private String registerWorker(String agency, Random random, int number) {
        String workerId = String.format("W%09d", (System.currentTimeMillis() / 1000 * 100 + number) % 1_000_000_000L);
        for (int attempt = 0; attempt < 5; attempt++) {
            ObjectNode worker = ApiClient.JSON.createObjectNode()
                    .put("workerId", workerId)
                    .put("agencyCode", agency)
                    .put("name", "基准社工")
                    .put("identityNumber", IdentityNumber.compose("440104",
                            LocalDate.of(1985, 1, 1).plusDays(random.nextInt(3650)), random.nextInt(1000)).value())
                    .put("phone", "137" + String.format("%08d", random.nextInt(100_000_000)))
                    .put("frontLine", true);
            ApiClient.Answer answer = api.send("POST", workers + "/workers", ADMIN, worker, null);
            if (answer.status() == 201) {
                return workerId;
            }
            // 409: the identity number drawn is registered already (a worker id of this second would be too)
            if (answer.status() != 409) {
                answer.expect(201, "registering the benchmark worker");
            }
        }
        throw new IllegalStateException("could not register a benchmark worker in 5 attempts (409 each time)");
    }

    private void post(String workerId, LocalDate today) {
        ObjectNode posting = ApiClient.JSON.createObjectNode()
                .put("siteCode", FictionalReferrals.OFFICE)
                .put("siteKind", "JUDICIAL_OFFICE")
                .put("from", today.toString())
                .put("fraction", 1)
                .put("dutyDaysPerWeek", 5);
        api.send("POST", workers + "/workers/" + workerId + "/postings", ADMIN, posting, null)
                .expect(201, "posting the benchmark worker");
    }

    /** Assigns a first case until case-service stops answering 422 not-posted; that case is not measured. */
    private Duration awaitPostingKnown(String workerId) {
        Accepted accepted = referAndAccept();
        long start = System.nanoTime();
        long deadline = start + POSTING_KNOWN_WITHIN.toNanos();
        while (true) {
            // a refused assignment leaves the case and so its ETag unchanged
            ApiClient.Answer answer = tryAssign(accepted, workerId);
            if (answer.status() == 200) {
                return Duration.ofNanos(answer.receivedNanos() - start);
            }
            if (answer.status() != 422 || !answer.body().contains("not-posted")) {
                answer.expect(200, "the first assignment");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("case-service did not learn of the posting within "
                        + POSTING_KNOWN_WITHIN.toSeconds() + " s: is worker-service publishing workers.v1?");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** Refers a case (court.liu) and moves it to INTAKE (admin.ops): a case that may be assigned. */
    private Accepted referAndAccept() {
        ApiClient.Answer referred = api.send("POST", cases + "/cases", COURT, referrals.next(), null);
        // 409: the juvenile drawn has an open case from an earlier run; another one is drawn
        for (int attempt = 1; referred.status() == 409 && attempt < REFERRAL_ATTEMPTS; attempt++) {
            referred = api.send("POST", cases + "/cases", COURT, referrals.next(), null);
        }
        String reference = referred.expect(201, "a referral").json().path("reference").asText();
        String etag = api.send("GET", cases + "/cases/" + reference, ADMIN, null, null)
                .expect(200, "reading the case").etag().orElseThrow();
        ObjectNode transition = ApiClient.JSON.createObjectNode().put("to", "INTAKE").put("reason", "benchmark");
        String accepted = api.send("POST", cases + "/cases/" + reference + "/transitions", ADMIN, transition, etag)
                .expect(200, "moving the case to INTAKE").etag().orElseThrow();
        return new Accepted(reference, accepted);
    }

    private ApiClient.Answer tryAssign(Accepted accepted, String workerId) {
        ObjectNode assignment = ApiClient.JSON.createObjectNode().put("workerId", workerId).put("reason", "benchmark");
        return api.send("PUT", cases + "/cases/" + accepted.reference() + "/assignment", ADMIN, assignment,
                accepted.etag());
    }

    /**
     * Records when each reference was first seen in its worker's caseload: the arrival of that poll's answer. The
     * workers' caseloads are read one after the other, then the poller sleeps.
     */
    private void pollCaseloads(List<String> workerIds, long pollNanos, Map<String, Long> firstSeen,
            AtomicBoolean stop) {
        while (!stop.get()) {
            for (String workerId : workerIds) {
                try {
                    ApiClient.Answer answer = api.send("GET", workers + "/workers/" + workerId + "/caseload", ADMIN,
                            null, null);
                    if (answer.status() == 200) {
                        for (JsonNode item : answer.json().path("caseReferences")) {
                            firstSeen.putIfAbsent(item.path("reference").asText(), answer.receivedNanos());
                        }
                    }
                } catch (UncheckedIOException e) {
                    // a lost poll only delays the samples of the cases it would have seen; the next one looks again
                    log("a caseload poll failed: " + e.getMessage());
                }
            }
            LockSupport.parkNanos(pollNanos);
        }
    }

    /** Cases assigned at a rate: their references and when each assignment's 200 arrived, by index. */
    private record Assignments(String[] references, long[] answeredNanos) {
    }

    /** A case in INTAKE and the ETag that answered its transition. */
    private record Accepted(String reference, String etag) {
    }

    private static PrintWriter writer(Path file) {
        try {
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
