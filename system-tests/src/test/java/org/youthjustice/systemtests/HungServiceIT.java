package org.youthjustice.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.Part;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 6 of issue 10: worker-service stopped with {@code SIGSTOP} behind the gateway while callers read and write
 * through it. The gateway answers every caller within the route's deadline (10 s by default): 504 for those it sent
 * on, then 503 with {@code Retry-After} at once once the breaker is open (or the upstream is known down); after
 * {@code SIGCONT} the route serves again, and a write answered 504, retried with its {@code Idempotency-Key}, exists
 * once.
 */
@ExtendWith(RunningSuite.class)
@Order(FaultOrder.HUNG_SERVICE)
class HungServiceIT {

    private static final Duration ROUTE_DEADLINE = Duration.ofSeconds(10);
    /** The gateway's own time on top of the deadline, and a loaded machine's scheduling. */
    private static final Duration ANSWER_MARGIN = Duration.ofMillis(2500);
    /** Far below the deadline: the gateway did not call the hung service. */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);
    private static final Duration STOPPED = Duration.ofSeconds(25);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(40);
    private static final int CALLERS = 6;

    /** A call during the stop: its answer, or none within the client's timeout. */
    record Call(Optional<Caller.Answer> answer) {

        int status() {
            return answer.map(Caller.Answer::status).orElse(-1);
        }

        Duration took() {
            return answer.map(Caller.Answer::took).orElse(Duration.ZERO);
        }

        boolean refusedAtOnce() {
            return status() == 503 && took().compareTo(AT_ONCE) < 0
                    && answer.flatMap(a -> a.header("Retry-After")).isPresent();
        }

        /** The gateway's breaker answered, not its readiness watch or its queue bound (their details differ). */
        boolean fromTheOpenBreaker() {
            return refusedAtOnce() && answer.get().body().path("detail").asText().contains("is failing");
        }

        boolean problem() {
            return answer.flatMap(a -> a.header("Content-Type")).filter(t -> t.startsWith("application/problem+json"))
                    .isPresent();
        }
    }

    @Test
    void callersAreAnsweredWithinTheDeadlineTheBreakerOpensAndAllRecovers(Suite suite) throws Exception {
        SuiteSettings settings = suite.settings();
        Caller admin = new Caller(settings.gatewayUrl(), Keycloak.tokenOf(settings, "admin.ops"));
        Caller reader = new Caller(settings.gatewayUrl(), Keycloak.tokenOf(settings, "proc.huang"));
        String readable = Agencies.freshCreditCode();
        assertEquals(201, admin.send("POST", "/api/agencies", Agencies.registration(readable, "Hang Test Centre"),
                Map.of()).status());
        String written = Agencies.freshCreditCode();
        Map<String, Object> writing = Agencies.registration(written, "Hang Test Write");
        String key = UUID.randomUUID().toString();
        Part workerService = suite.service(ServiceModule.WORKER);

        List<Call> calls = new ArrayList<>();
        Optional<Caller.Answer> writeDuringTheStop;
        long resumedAt;
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS + 1);
        workerService.pause();
        try {
            long end = System.nanoTime() + STOPPED.toNanos();
            List<Future<List<Call>>> reads = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                reads.add(callers.submit(() -> callUntil(reader, "/api/agencies/" + readable, end)));
            }
            Future<Optional<Caller.Answer>> write = callers.submit(() -> answerOf(() -> admin.send("POST",
                    "/api/agencies", writing, Map.of("Idempotency-Key", key))));
            for (Future<List<Call>> read : reads) {
                calls.addAll(read.get());
            }
            writeDuringTheStop = write.get();
        } finally {
            workerService.resume();
            resumedAt = System.nanoTime();
            callers.shutdownNow();
        }

        Optional<Duration> recovered = recovery(reader, "/api/agencies/" + readable, resumedAt);
        // a 504 does not say "not done": the resumed service may have read the request and carried it out
        boolean doneBeforeTheRetry = answerOf(() -> reader.get("/api/agencies/" + written))
                .filter(answer -> answer.status() == 200).isPresent();
        Optional<Caller.Answer> retried = admin.create("/api/agencies", writing, key,
                Patience.of(Patience.OF_A_CLIENT));
        long answeredLate = calls.stream().filter(call -> call.answer().isPresent())
                .filter(call -> call.took().compareTo(ROUTE_DEADLINE.plus(ANSWER_MARGIN)) > 0).count();
        Duration slowest = calls.stream().map(Call::took).max(Duration::compareTo).orElse(Duration.ZERO);
        new FaultReport("worker-service stopped (SIGSTOP) behind the gateway for " + STOPPED.toSeconds() + " s")
                .with("calls", calls.size())
                .with("unanswered", count(calls, call -> call.answer().isEmpty()))
                .with("504", count(calls, call -> call.status() == 504))
                .with("503 at once with Retry-After", count(calls, Call::refusedAtOnce))
                .with("of which from the open breaker", count(calls, Call::fromTheOpenBreaker))
                .with("other", count(calls, call -> call.status() != 504 && !call.refusedAtOnce()
                        && call.answer().isPresent()))
                .with("slowest", seconds(slowest))
                .with("answered after the deadline", answeredLate)
                .with("write during the stop", writeDuringTheStop.map(Caller.Answer::status).orElse(-1))
                .with("carried out before its retry", doneBeforeTheRetry)
                .with("retried write", retried.map(Caller.Answer::status).orElse(-1))
                .with("serving again after SIGCONT", recovered.map(HungServiceIT::seconds).orElse("no"))
                .print();

        assertEquals(0, count(calls, call -> call.answer().isEmpty()), "every caller answered");
        assertEquals(0, answeredLate, "every answer within the route's deadline");
        assertTrue(count(calls, call -> call.status() == 504) >= 1, "a call sent on: 504 at the deadline");
        assertTrue(count(calls, Call::fromTheOpenBreaker) >= 1, "the breaker opened: 503 with Retry-After at once");
        assertTrue(writeDuringTheStop.filter(answer -> answer.status() / 100 == 5)
                .filter(answer -> answer.took().compareTo(ROUTE_DEADLINE.plus(ANSWER_MARGIN)) <= 0).isPresent(),
                "the write during the stop answered 503 or 504 within the deadline");
        assertEquals(0, count(calls, call -> call.status() != 504 && call.status() != 503), "only 503 and 504");
        assertEquals(calls.size(), count(calls, Call::problem), "every refusal is problem+json");
        assertTrue(recovered.isPresent(), "the route serves again after SIGCONT");
        assertEquals(201, retried.map(Caller.Answer::status).orElse(-1), "the write, retried with its key");
        assertEquals(written, retried.map(answer -> answer.text("creditCode")).orElse(null));
        assertEquals(200, reader.get("/api/agencies/" + written).status(), "the agency exists once");
    }

    /** One caller's calls until the end of the stop, honouring {@code Retry-After} as a well-behaved client does. */
    private static List<Call> callUntil(Caller caller, String path, long end) {
        List<Call> calls = new ArrayList<>();
        while (System.nanoTime() < end) {
            Call call = new Call(answerOf(() -> caller.get(path)));
            calls.add(call);
            long retryAfter = call.answer().flatMap(answer -> answer.header("Retry-After"))
                    .filter(seconds -> seconds.matches("[0-9]{1,4}")).map(Long::parseLong).orElse(0L);
            long untilTheEnd = Math.max(0, end - System.nanoTime());
            Patience.sleep(Duration.ofNanos(Math.min(Duration.ofSeconds(retryAfter).toNanos(), untilTheEnd)));
        }
        return calls;
    }

    /** The first time the path answers 200 again, and four more times in a row; empty when not within the bound. */
    private static Optional<Duration> recovery(Caller caller, String path, long resumedAt) {
        long deadline = resumedAt + RECOVERY_BOUND.toNanos();
        int inARow = 0;
        while (System.nanoTime() < deadline) {
            boolean served = answerOf(() -> caller.get(path)).filter(answer -> answer.status() == 200).isPresent();
            inARow = served ? inARow + 1 : 0;
            if (inARow == 5) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - resumedAt));
            }
            Patience.sleep(Duration.ofMillis(inARow == 0 ? 500 : 50));
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Attempt {
        Caller.Answer call() throws IOException;
    }

    private static Optional<Caller.Answer> answerOf(Attempt attempt) {
        try {
            return Optional.of(attempt.call());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long count(List<Call> calls, Predicate<Call> which) {
        return calls.stream().filter(which).count();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
