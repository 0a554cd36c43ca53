package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.Part;
import org.youthjustice.local.PortSetting;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.platform.identity.Masking;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 4 of issue 10: PostgreSQL (the postmaster and every backend) killed with {@code kill -9} while a court refers
 * juveniles, right after referrals were answered 201, then started again. Every acknowledged referral is there, with
 * its juvenile; no reference is ever given to two referrals (in the answers or in the events); the services recover
 * without a restart of their own. This holds only when a commit is on disk before the answer ({@code fsync} and
 * {@code synchronous_commit} on): with zonky's defaults the last acknowledged cases vanish and their references are
 * given again.
 */
@ExtendWith(RunningSuite.class)
@Order(FaultOrder.DATABASE_CRASH)
class DatabaseCrashIT {

    private static final Duration EVENT_BOUND = Duration.ofSeconds(120);

    @Test
    void everyAcknowledgedReferralSurvivesAndNoReferenceIsGivenTwice(Suite suite) throws Exception {
        SuiteSettings settings = suite.settings();
        String adminToken = Keycloak.tokenOf(settings, "admin.ops");
        Caller court = new Caller(settings.url(PortSetting.CASE_SERVICE), Keycloak.tokenOf(settings, "court.liu"));
        StaffedOffice office = StaffedOffice.open(new Caller(settings.url(PortSetting.WORKER_SERVICE), adminToken));
        CaseJourneys journeys = new CaseJourneys(court,
                new Caller(settings.url(PortSetting.CASE_SERVICE), adminToken), office);
        Map<ServiceModule, List<Long>> servicesBefore = servicePids(suite);
        Part postgres = suite.postgres();

        List<CaseJourneys.Referral> referrals;
        long crashedAt;
        try (Load<CaseJourneys.Referral> load = Load.start("referral", 4, Duration.ZERO, journeys::refer)) {
            load.during(Duration.ofSeconds(3));
            crashedAt = System.nanoTime();
            postgres.kill();
            postgres.restart();
            referrals = load.during(Duration.ofSeconds(4)).stop();
        } finally {
            if (!postgres.isRunning()) {
                postgres.restart();
            }
        }

        List<CaseJourneys.Referral> acknowledged = referrals.stream().filter(CaseJourneys.Referral::acknowledged)
                .toList();
        List<CaseJourneys.Referral> beforeTheCrash = acknowledged.stream()
                .filter(referral -> referral.acknowledgedAt() < crashedAt).toList();
        long present = acknowledged.stream().filter(referral -> isThere(court, referral)).count();
        Map<String, Long> answersPerReference = acknowledged.stream()
                .collect(Collectors.groupingBy(referral -> referral.reference().orElseThrow(), Collectors.counting()));
        long givenTwice = answersPerReference.values().stream().filter(n -> n > 1).count();
        long sameOnReplay = beforeTheCrash.stream().filter(referral -> court.create("/cases", referral.body(),
                        referral.idempotencyKey(), Patience.of(Patience.OF_A_CLIENT))
                .map(answer -> answer.text("reference")).equals(referral.reference())).count();
        Set<String> references = answersPerReference.keySet();
        Map<String, Set<String>> referredEvents = Polling.until(EVENT_BOUND,
                () -> referredEventIds(settings, references), ids -> ids.keySet().containsAll(references));
        long referredTwice = referredEvents.values().stream().filter(ids -> ids.size() > 1).count();
        Map<ServiceModule, List<Long>> servicesAfter = servicePids(suite);
        long restarted = servicesBefore.keySet().stream()
                .filter(service -> !servicesBefore.get(service).equals(servicesAfter.get(service))).count();
        new FaultReport("postgres kill -9 right after acknowledged referrals")
                .with("attempted", referrals.size())
                .with("acknowledged", acknowledged.size())
                .with("acknowledged before the crash", beforeTheCrash.size())
                .with("present", present)
                .with("same reference on replay", sameOnReplay)
                .with("references answered twice", givenTwice)
                .with("references with two case.referred", referredTwice)
                .with("references without case.referred", references.size() - referredEvents.size())
                .with("services restarted", restarted)
                .print();

        assertTrue(beforeTheCrash.size() > 0, "referrals were acknowledged before the crash");
        assertEquals(referrals.size(), acknowledged.size(), "case-service takes referrals again without a restart");
        assertEquals(acknowledged.size(), present, "every acknowledged referral is there, with its juvenile");
        assertEquals(0, givenTwice, "no reference answered to two referrals");
        assertEquals(beforeTheCrash.size(), sameOnReplay, "a retry after the crash finds the first answer");
        assertEquals(0, referredTwice, "no reference announced for two referrals");
        assertEquals(references.size(), referredEvents.size(), "every referral announced");
        assertEquals(0, restarted, "no service was restarted");
    }

    /** The case behind the reference is the one referred: the same masked identity number and phone. */
    private static boolean isThere(Caller court, CaseJourneys.Referral referral) {
        try {
            Caller.Answer answer = court.get("/cases/" + referral.reference().orElseThrow());
            @SuppressWarnings("unchecked")
            Map<String, Object> sent = (Map<String, Object>) referral.body().get("juvenile");
            JsonNode juvenile = answer.body().path("juvenile");
            return answer.status() == 200
                    && Masking.identityNumber((String) sent.get("identityNumber"))
                    .equals(juvenile.path("identityNumber").asText())
                    && Masking.phone((String) sent.get("phone")).equals(juvenile.path("phone").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Set<String>> referredEventIds(SuiteSettings settings, Set<String> references) {
        return new Topic(settings, "cases.v1").events().stream()
                .filter(event -> "case.referred".equals(event.type()) && references.contains(event.key()))
                .collect(Collectors.groupingBy(Topic.Event::key,
                        Collectors.mapping(Topic.Event::id, Collectors.toSet())));
    }

    private static Map<ServiceModule, List<Long>> servicePids(Suite suite) {
        Map<ServiceModule, List<Long>> pids = new EnumMap<>(ServiceModule.class);
        for (ServiceModule service : ServiceModule.values()) {
            pids.put(service, suite.service(service).pids().stream().limit(1).toList());
        }
        return pids;
    }
}
