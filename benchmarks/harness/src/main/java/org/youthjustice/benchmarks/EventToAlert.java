package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.youthjustice.platform.time.ServiceZone;

/**
 * Issue 14's event-to-alert latency: from a change committed in case-service to its alert in the recipient's inbox
 * and on their live stream, at a fixed rate (open loop), beside the raw round trip of a record through the suite's
 * Kafka broker at the same rate, in the same run. The change is a swap of the lead worker of an accepted case between
 * {@code W0001} ({@code sw.li}) and {@code W0002} ({@code sw.chen}): one {@code PUT /cases/{reference}/assignment},
 * one {@code case.assigned}, one {@code case-assigned} alert to the new lead (see {@link CasePool}). t0 is the arrival
 * of the assignment's 200 (sent after the commit); each alert is read from the new lead's stream direct on
 * notification-service and through the gateway, and from their inbox (polled direct). Prints a Markdown summary and
 * the CPU each process of the suite spent per event; writes {@code latencies.tsv} and {@code kafka.tsv} to the
 * directory given as the only argument.
 *
 * <p>Variables: {@code YJS_CASE_PORT}, {@code YJS_WORKER_PORT}, {@code YJS_NOTIFICATION_PORT},
 * {@code YJS_GATEWAY_PORT}, {@code YJS_KEYCLOAK_PORT}, {@code YJS_KAFKA_PORT} as for deploy/local;
 * {@code BENCH_RATE} (100 per second), {@code BENCH_EVENTS} (1000), {@code BENCH_WARMUP_EVENTS} (10,000, at the same
 * rate, not measured), {@code BENCH_POOL} (16 cases), {@code BENCH_OFFICE} (JO-440104-01, where both workers are
 * posted), {@code BENCH_INBOX_POLL_MS} (20; 0: no inbox leg, the streams only), {@code BENCH_ARRIVAL_WAIT_S} (60:
 * how long the alerts of the last events may take), {@code BENCH_PIDS} ({@code part:pid ...}, whose CPU is read from
 * /proc), {@code BENCH_CLK_TCK} (100).
 */
public final class EventToAlert {

    private static final String RULE = "case-assigned";
    /** The two lead workers and the demo users whose inbox and stream their alerts reach (deploy/local's realm). */
    private static final Map<String, String> LEADS = orderedLeads();
    private static final String STREAM_DIRECT = "stream, direct";
    private static final String STREAM_GATEWAY = "stream, gateway";
    private static final String INBOX = "inbox";
    /** How long notification-service or worker-service may take to work off a backlog on cases.v1 before a phase. */
    private static final Duration CAUGHT_UP_WITHIN = Duration.ofMinutes(5);
    private static final Duration CONNECTED_WITHIN = Duration.ofSeconds(30);
    /** How long a swap may wait for a case of the pool to come back from the one before. */
    private static final Duration CASE_BACK_WITHIN = Duration.ofSeconds(60);
    /** Streams and polls end by themselves after this, should the run be stuck. */
    private static final Duration READERS_BOUND = Duration.ofHours(1);

    private EventToAlert() {
    }

    private static Map<String, String> orderedLeads() {
        Map<String, String> leads = new LinkedHashMap<>();
        leads.put("W0001", "sw.li");
        leads.put("W0002", "sw.chen");
        return Collections.unmodifiableMap(leads);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EventToAlert <output directory>");
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Settings settings = Settings.fromEnvironment();
        double rate = settings.decimal("BENCH_RATE", 100);
        int events = settings.integer("BENCH_EVENTS", 1000);
        int warmups = settings.count("BENCH_WARMUP_EVENTS", 10_000);
        int poolSize = settings.integer("BENCH_POOL", 16);
        String office = settings.text("BENCH_OFFICE", "JO-440104-01");
        long inboxPollNanos = TimeUnit.MILLISECONDS.toNanos(settings.count("BENCH_INBOX_POLL_MS", 20));
        Duration arrivalWait = Duration.ofSeconds(settings.integer("BENCH_ARRIVAL_WAIT_S", 60));
        Map<String, Long> pids = new LinkedHashMap<>(ProcessCpu.parseRoots(settings.text("BENCH_PIDS", "")));
        pids.put("benchmark harness", ProcessHandle.current().pid());
        ProcessCpu cpu = new ProcessCpu(pids, settings.decimal("BENCH_CLK_TCK", 100), Path.of("/proc"));
        JitCompilerCpu compilers = new JitCompilerCpu(pids, settings.decimal("BENCH_CLK_TCK", 100), Path.of("/proc"));

        String notifications = settings.url("YJS_NOTIFICATION_PORT", 8084);
        String gateway = settings.url("YJS_GATEWAY_PORT", 8080) + "/api";
        var http = ApiClient.newHttpClient();
        KeycloakTokens tokens = new KeycloakTokens(http, settings.tokenUrl());
        ApiClient api = new ApiClient(http, tokens, Duration.ofSeconds(30));
        ConsumerLag lag = new ConsumerLag(settings.kafkaBootstrapServers());

        CasePool pool = CasePool.prepare(api, settings.caseServiceUrl(), office, List.copyOf(LEADS.keySet()),
                poolSize, new FictionalReferrals(new Random(), LocalDate.now(ServiceZone.ZONE)));
        // the pool's own assignments must be alerted before the streams open, or one would count as a swap's
        awaitCaughtUp(lag, "notification-service");
        awaitCaughtUp(lag, "worker-service");
        checkCapacity(api, settings.workerServiceUrl(), pool, poolSize);

        Instant opened = Instant.now();
        // the alerts' createdAt is wall-clock time (notification-service's, on this machine): one offset turns the
        // answers' nanoTime into the same scale
        long epochOffsetNanos = AlertMatches.epochNanos(Instant.now()) - System.nanoTime();
        Map<String, Map<String, AlertStreamReader>> streams = new LinkedHashMap<>();
        Map<String, InboxPoller> inboxes = new LinkedHashMap<>();
        List<LeadAssignment> assignments = Collections.synchronizedList(new ArrayList<>());
        // one thread per case of the pool: a case is in one swap at a time, so no swap ever waits for a thread
        ExecutorService inFlight = Executors.newFixedThreadPool(poolSize);
        Map<String, Double> cpuBefore;
        Map<String, Double> cpuAfter;
        Map<String, Double> jitBefore;
        Map<String, Double> jitAfter;
        long windowStart;
        long windowEnd;
        try {
            for (Map.Entry<String, String> lead : LEADS.entrySet()) {
                streams.computeIfAbsent(STREAM_DIRECT, k -> new LinkedHashMap<>()).put(lead.getKey(),
                        AlertStreamReader.open(http, notifications + "/notifications/stream", tokens,
                                lead.getValue(), READERS_BOUND));
                streams.computeIfAbsent(STREAM_GATEWAY, k -> new LinkedHashMap<>()).put(lead.getKey(),
                        AlertStreamReader.open(http, gateway + "/notifications/stream", tokens, lead.getValue(),
                                READERS_BOUND));
            }
            for (Map<String, AlertStreamReader> leg : streams.values()) {
                for (AlertStreamReader stream : leg.values()) {
                    if (!stream.awaitConnected(CONNECTED_WITHIN)) {
                        throw new IllegalStateException("a live stream did not open within "
                                + CONNECTED_WITHIN.toSeconds() + " s");
                    }
                }
            }
            // 0: the streams only, without the inbox leg's own load on notification-service (100 GETs a second)
            if (inboxPollNanos > 0) {
                for (Map.Entry<String, String> lead : LEADS.entrySet()) {
                    inboxes.put(lead.getKey(), InboxPoller.start(api, notifications, lead.getValue(), RULE, opened,
                            inboxPollNanos, READERS_BOUND.toNanos()));
                }
            }
            if (warmups > 0) {
                // a method run once per event is compiled by C2 only after thousands of events: a shorter warm-up
                // measures the JIT compiling (minutes of CPU per service on two cores), not the services
                log(warmups + " warm-up swaps at " + rate + "/s, not measured");
                swapAtRate(pool, 0, warmups, rate, false, assignments, inFlight);
                awaitCaughtUp(lag, "notification-service");
            }
            log(events + " swaps at " + rate + "/s");
            cpuBefore = cpu.sample();
            jitBefore = compilers.sample();
            windowStart = System.nanoTime();
            swapAtRate(pool, warmups, events, rate, true, assignments, inFlight);
            long deadline = System.nanoTime() + arrivalWait.toNanos();
            while (!allArrived(assignments, streams, inboxes, opened) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            windowEnd = System.nanoTime();
            cpuAfter = cpu.sample();
            jitAfter = compilers.sample();
        } finally {
            inFlight.shutdownNow();
            streams.values().forEach(leg -> leg.values().forEach(AlertStreamReader::close));
            for (InboxPoller inbox : inboxes.values()) {
                inbox.close();
            }
        }

        Map<String, Map<String, Map<String, AlertSighting>>> legs = legs(streams, inboxes, opened);
        Map<String, Collection<AlertSighting>> alerts = alertsByWorker(legs);
        Map<Integer, String> matches = AlertMatches.match(assignments, alerts);
        List<LeadAssignment> measured = assignments.stream().filter(LeadAssignment::measured)
                .sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        legs.forEach((leg, sightings) -> latencies.put(leg, AlertMatches.latencies(measured, matches, sightings)));
        writeLatencies(out.resolve("latencies.tsv"), measured, latencies);
        List<Long> raised = AlertMatches.raised(measured, matches, byId(alerts), epochOffsetNanos);

        log("Kafka round trip on " + KafkaRoundTrip.TOPIC + ": " + events + " records at " + rate + "/s");
        KafkaRoundTrip.Result kafka = new KafkaRoundTrip(settings.kafkaBootstrapServers()).measure(events, rate);
        try (PrintWriter writer = writer(out.resolve("kafka.tsv"))) {
            writer.println("record\tmillis");
            for (int i = 0; i < kafka.nanos().size(); i++) {
                writer.println(i + "\t" + Markdown.number(kafka.nanos().get(i) / 1e6, 2));
            }
        }

        Summary summary = new Summary(measured, latencies, raised, kafka, events, inboxPollNanos);
        summary.print(streams, inboxes);
        double windowSeconds = (windowEnd - windowStart) / 1e9;
        System.out.println();
        System.out.println("CPU of each process over the measured window (" + Markdown.number(windowSeconds, 1)
                + " s: from the first measured swap to the last alert seen or the wait's end), utime + stime from"
                + " /proc, children included:");
        System.out.println();
        ProcessCpu.printSpent(cpuBefore, cpuAfter, windowSeconds, "ms per event", 1000.0 / measured.size());
        System.out.println();
        System.out.println("Of which the JIT compilers' threads of each JVM (a share of more than a few per cent: the"
                + " window measured compilation, not the services; warm up longer):");
        System.out.println();
        JitCompilerCpu.printSpent(jitBefore, jitAfter, cpuBefore, cpuAfter, "ms per event", 1000.0 / measured.size());
    }

    /**
     * Swaps the lead of {@code count} cases of the pool, each due at its turn of the rate whatever the earlier ones
     * took; a swap waits for a case only when every case of the pool is in a swap still (the send lag shows it).
     */
    private static void swapAtRate(CasePool pool, int firstIndex, int count, double rate, boolean measured,
                                   List<LeadAssignment> assignments, ExecutorService inFlight) throws Exception {
        RateSchedule schedule = new RateSchedule(System.nanoTime(), rate);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            schedule.awaitTurn(i);
            long due = schedule.dueNanos(i);
            CasePool.PooledCase pooled = pool.take(CASE_BACK_WITHIN);
            int index = firstIndex + i;
            started.add(inFlight.submit(() -> {
                String next = pool.other(pooled.workerId());
                long sent = System.nanoTime();
                try {
                    ApiClient.Answer answer = pool.swap(pooled);
                    assignments.add(new LeadAssignment(index, measured, next, pooled.reference(), due,
                            answer.sentNanos(), answer.receivedNanos(), answer.status()));
                } catch (UncheckedIOException e) {
                    // no answer (status 0): counted as not committed, though it may have been
                    assignments.add(new LeadAssignment(index, measured, next, pooled.reference(), due, sent,
                            System.nanoTime(), 0));
                    log("an assignment failed: " + e.getMessage());
                }
            }));
        }
        for (Future<?> swap : started) {
            swap.get(CASE_BACK_WITHIN.toSeconds() * 2, TimeUnit.SECONDS);
        }
    }

    /** Whether every committed measured swap's alert has been seen by every leg. */
    private static boolean allArrived(List<LeadAssignment> assignments,
                                      Map<String, Map<String, AlertStreamReader>> streams,
                                      Map<String, InboxPoller> inboxes, Instant opened) {
        List<LeadAssignment> all;
        synchronized (assignments) {
            all = List.copyOf(assignments);
        }
        Map<String, Map<String, Map<String, AlertSighting>>> legs = legs(streams, inboxes, opened);
        Map<Integer, String> matches = AlertMatches.match(all, alertsByWorker(legs));
        List<LeadAssignment> measured = all.stream().filter(LeadAssignment::measured).toList();
        return legs.values().stream().allMatch(leg -> AlertMatches.latencies(measured, matches, leg).stream()
                .allMatch(Objects::nonNull));
    }

    /**
     * Leg → worker id → alert id → that leg's sighting, leaving out alerts stored before the streams opened (an
     * inbox poll would list them; the streams would not).
     */
    private static Map<String, Map<String, Map<String, AlertSighting>>> legs(
            Map<String, Map<String, AlertStreamReader>> streams, Map<String, InboxPoller> inboxes, Instant opened) {
        Map<String, Map<String, Map<String, AlertSighting>>> legs = new LinkedHashMap<>();
        streams.forEach((leg, byWorker) -> byWorker.forEach((worker, stream) -> legs
                .computeIfAbsent(leg, k -> new LinkedHashMap<>()).put(worker, since(stream.seen(), opened))));
        inboxes.forEach((worker, inbox) -> legs.computeIfAbsent(INBOX, k -> new LinkedHashMap<>())
                .put(worker, since(inbox.seen(), opened)));
        return legs;
    }

    private static Map<String, AlertSighting> since(Map<String, AlertSighting> seen, Instant opened) {
        Map<String, AlertSighting> kept = new HashMap<>();
        seen.forEach((id, sighting) -> {
            if (!sighting.createdAt().isBefore(opened)) {
                kept.put(id, sighting);
            }
        });
        return kept;
    }

    /** Worker id → every alert any leg saw of theirs, once each. */
    private static Map<String, Collection<AlertSighting>> alertsByWorker(
            Map<String, Map<String, Map<String, AlertSighting>>> legs) {
        Map<String, Map<String, AlertSighting>> union = new HashMap<>();
        legs.values().forEach(leg -> leg.forEach((worker, sightings) -> sightings.forEach((id, sighting) -> union
                .computeIfAbsent(worker, k -> new HashMap<>()).putIfAbsent(id, sighting))));
        Map<String, Collection<AlertSighting>> byWorker = new HashMap<>();
        union.forEach((worker, alerts) -> byWorker.put(worker, alerts.values()));
        return byWorker;
    }

    /** Worker id → alert id → the alert, from {@link #alertsByWorker}. */
    private static Map<String, Map<String, AlertSighting>> byId(Map<String, Collection<AlertSighting>> alerts) {
        Map<String, Map<String, AlertSighting>> byId = new HashMap<>();
        alerts.forEach((worker, sightings) -> sightings.forEach(s -> byId
                .computeIfAbsent(worker, k -> new HashMap<>()).put(s.alertId(), s)));
        return byId;
    }

    /**
     * Stops the run when a swap could push a worker over capacity: worker-service would then publish
     * {@code worker.capacity-exceeded}, raising alerts and e-mails to their supervisor that the benchmark does not
     * mean to cause. The pool's cases are not assessed yet and weigh 1.0 each.
     */
    private static void checkCapacity(ApiClient api, String workers, CasePool pool, int poolSize) {
        for (String worker : LEADS.keySet()) {
            JsonNode caseload = api.send("GET", workers + "/workers/" + worker + "/caseload", CasePool.ADMIN, null,
                    null).expect(200, "reading the caseload of " + worker).json();
            double others = caseload.path("weightedLoad").asDouble() - pool.ledBy(worker);
            double capacity = caseload.path("capacity").asDouble();
            if (others + poolSize > capacity) {
                throw new IllegalStateException(worker + " carries " + others + " besides the pool, capacity "
                        + capacity + ": with all " + poolSize + " cases of the pool they would be over it; lower "
                        + "BENCH_POOL");
            }
        }
    }

    private static void awaitCaughtUp(ConsumerLag lag, String group) throws Exception {
        long start = System.nanoTime();
        long left = lag.awaitCaughtUp(group, "cases.v1", CAUGHT_UP_WITHIN);
        if (left > 0) {
            throw new IllegalStateException(group + " still has " + left + " events of cases.v1 to process after "
                    + CAUGHT_UP_WITHIN.toMinutes() + " min; a latency measured now would measure that backlog");
        }
        log(group + " had caught up with cases.v1 after "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + " s");
    }

    private static void writeLatencies(Path file, List<LeadAssignment> measured, Map<String, List<Long>> legs) {
        try (PrintWriter writer = writer(file)) {
            writer.println("swap\tworker\tcase\tstatus\tanswer ms\t" + String.join(" ms\t", legs.keySet()) + " ms");
            for (int i = 0; i < measured.size(); i++) {
                LeadAssignment a = measured.get(i);
                StringBuilder line = new StringBuilder().append(a.index()).append('\t').append(a.workerId())
                        .append('\t').append(a.reference()).append('\t').append(a.status()).append('\t')
                        .append(Markdown.number((a.answeredNanos() - a.sentNanos()) / 1e6, 1));
                int committedIndex = committedIndex(measured, i);
                for (List<Long> leg : legs.values()) {
                    Long nanos = committedIndex < 0 ? null : leg.get(committedIndex);
                    line.append('\t').append(nanos == null ? "not seen" : Markdown.number(nanos / 1e6, 1));
                }
                writer.println(line);
            }
        }
    }

    /** The position of measured swap {@code i} among the committed ones (which the legs' lists follow); -1 if not. */
    private static int committedIndex(List<LeadAssignment> measured, int i) {
        if (!measured.get(i).committed()) {
            return -1;
        }
        int position = 0;
        for (int j = 0; j < i; j++) {
            if (measured.get(j).committed()) {
                position++;
            }
        }
        return position;
    }

    private static PrintWriter writer(Path file) {
        try {
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static void log(String message) {
        System.err.println("[bench] " + message);
    }

    /** The Markdown tables of a run: the legs beside Kafka, then what was sent and how. */
    private record Summary(List<LeadAssignment> measured, Map<String, List<Long>> legs, List<Long> raised,
                           KafkaRoundTrip.Result kafka, int events, long inboxPollNanos) {

        private static final double GOAL_P99_MILLIS = 100;

        void print(Map<String, Map<String, AlertStreamReader>> streams, Map<String, InboxPoller> inboxes) {
            List<LeadAssignment> committed = measured.stream().filter(LeadAssignment::committed).toList();
            System.out.println(Markdown.row("path", "arrived of committed", "lost", "p50 ms", "p99 ms", "max ms",
                    "goal p99 ≤ 100 ms"));
            System.out.println(Markdown.row("---", "---", "---", "---", "---", "---", "---"));
            legs.forEach((leg, latencies) -> {
                Percentiles p = Percentiles.of(latencies.stream().filter(Objects::nonNull).toList());
                System.out.println(Markdown.row("committed → " + describe(leg), p.count() + " of " + committed.size(),
                        committed.size() - p.count(), Markdown.number(p.p50(), 1), Markdown.number(p.p99(), 1),
                        Markdown.number(p.max(), 1), verdict(p, committed.size())));
            });
            Percentiles toRule = Percentiles.of(raised.stream().filter(Objects::nonNull).toList());
            System.out.println(Markdown.row("… of which committed → alert raised by notification-service's rule"
                    + " (its `createdAt`, before its commit)", toRule.count() + " of " + committed.size(), "",
                    Markdown.number(toRule.p50(), 1), Markdown.number(toRule.p99(), 1), Markdown.number(toRule.max(), 1),
                    ""));
            List<Long> toStream = new ArrayList<>();
            List<Long> direct = legs.get(STREAM_DIRECT);
            for (int i = 0; i < raised.size(); i++) {
                if (raised.get(i) != null && direct.get(i) != null) {
                    toStream.add(direct.get(i) - raised.get(i));
                }
            }
            Percentiles fanOut = Percentiles.of(toStream);
            System.out.println(Markdown.row("… and alert raised → on the stream, direct (its commit, NOTIFY, the"
                    + " stream's query and write)", fanOut.count() + " of " + committed.size(), "",
                    Markdown.number(fanOut.p50(), 1), Markdown.number(fanOut.p99(), 1), Markdown.number(fanOut.max(), 1),
                    ""));
            Percentiles broker = Percentiles.of(kafka.nanos());
            System.out.println(Markdown.row("Kafka round trip (`" + KafkaRoundTrip.TOPIC + "`, acks=all, same rate)",
                    broker.count() + " of " + events, events - broker.count(), Markdown.number(broker.p50(), 1),
                    Markdown.number(broker.p99(), 1), Markdown.number(broker.max(), 1), ""));
            System.out.println();

            Percentiles answers = Percentiles.of(measured.stream().map(a -> a.answeredNanos() - a.sentNanos())
                    .toList());
            Percentiles lag = Percentiles.of(measured.stream().map(a -> Math.max(0, a.sentNanos() - a.dueNanos()))
                    .toList());
            long firstSent = measured.stream().mapToLong(LeadAssignment::sentNanos).min().orElse(0);
            long lastSent = measured.stream().mapToLong(LeadAssignment::sentNanos).max().orElse(0);
            double achieved = measured.size() < 2 ? Double.NaN : (measured.size() - 1) / ((lastSent - firstSent) / 1e9);
            Map<Integer, Long> statuses = new TreeMap<>();
            measured.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
            System.out.println("Swaps sent: " + measured.size() + " (answers by status " + statuses
                    + "; 0: no answer), at " + Markdown.number(achieved, 2) + "/s achieved (first to last send); "
                    + "Kafka records at " + Markdown.number(kafka.achieved(), 2) + "/s. Send lag behind the schedule"
                    + " p99 " + Markdown.number(lag.p99(), 1) + " ms, max " + Markdown.number(lag.max(), 1)
                    + " ms. The assignment's own answer (send → 200, the bias of t0: the commit is in it) p50 "
                    + Markdown.number(answers.p50(), 1) + " ms, p99 " + Markdown.number(answers.p99(), 1)
                    + " ms. " + (inboxPollNanos == 0 ? "Inbox not polled (BENCH_INBOX_POLL_MS=0: the streams only)"
                    : "Inbox polled every " + inboxPollNanos / 1_000_000 + " ms (a sighting includes up to one"
                    + " poll's wait and one GET); failed polls: " + inboxes.values().stream()
                    .mapToInt(InboxPoller::failures).sum()) + ". Stream connections (1 each: never dropped): "
                    + connections(streams) + ".");
        }

        private static String describe(String leg) {
            return switch (leg) {
                case STREAM_DIRECT -> "on the stream, direct on notification-service";
                case STREAM_GATEWAY -> "on the stream, through the gateway";
                default -> "listed by the inbox (polled, direct)";
            };
        }

        private static String verdict(Percentiles p, int committed) {
            if (p.count() == 0) {
                return "n/a";
            }
            boolean met = p.p99() <= GOAL_P99_MILLIS && p.count() == committed;
            return met ? "**met**" : "**not met**";
        }

        private static String connections(Map<String, Map<String, AlertStreamReader>> streams) {
            List<String> counts = new ArrayList<>();
            streams.forEach((leg, byWorker) -> byWorker.forEach((worker, stream) -> counts.add(leg + " " + worker
                    + ": " + stream.connections())));
            return String.join(", ", counts);
        }
    }
}
