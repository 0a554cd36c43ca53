package org.youthjustice.systemtests;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.DatabaseRefusal;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 5 of issue 10: worker-service's database refuses it for 15 s (its role may not log in, its sessions are
 * ended) while case-service goes on assigning cases to a worker. An unreachable database is no fault of the events:
 * the consumer waits and retries, nothing goes to {@code cases.v1.dlq}, and the caseload ends exact.
 */
@ExtendWith(RunningSuite.class)
@Order(FaultOrder.CONSUMER_DATABASE_OUTAGE)
class ConsumerDatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(120);

    @Test
    void nothingIsDeadLetteredAndTheCaseloadEndsExact(Suite suite) throws Exception {
        SuiteSettings settings = suite.settings();
        StaffedOfficeScene scene = StaffedOfficeScene.open(settings);
        Caller workerAdmin = scene.workerAdmin();
        Caller caseAdmin = scene.caseAdmin();
        StaffedOffice office = scene.office();
        CaseJourneys journeys = scene.journeys();
        Topic deadLetters = new Topic(settings, "cases.v1.dlq");
        Map<TopicPartition, Long> deadLettersBefore = deadLetters.endOffsets();

        List<CaseJourneys.Journey> travelled;
        int endedSessions;
        try (Load<CaseJourneys.Journey> load = Load.start("journey", 2, Duration.ofMillis(50), journeys::travel)) {
            load.during(Duration.ofSeconds(2));
            try (DatabaseRefusal refused = suite.refuseDatabaseLogins(ServiceModule.WORKER)) {
                endedSessions = refused.endedSessions();
                load.during(OUTAGE);
            }
            travelled = load.during(Duration.ofSeconds(3)).stop();
        }

        Set<String> assigned = travelled.stream().filter(CaseJourneys.Journey::assigned)
                .flatMap(journey -> journey.reference().stream()).collect(Collectors.toSet());
        CaseloadDelivery delivery = CaseloadDelivery.of(settings, caseAdmin, workerAdmin, office.workerId(),
                DELIVERY_BOUND);
        long deadLettered = deadLetters.recordsSince(deadLettersBefore).stream()
                .filter(record -> delivery.leads().contains(record.key())).count();
        delivery.addTo(new FaultReport("worker-service's database refused for " + OUTAGE.toSeconds() + " s")
                        .with("sessions ended", endedSessions)
                        .with("attempted", travelled.size())
                        .with("assignments acknowledged", assigned.size())
                        .with("dead-lettered", deadLettered))
                .print();

        assertTrue(endedSessions > 0, "worker-service was connected when its database refused it");
        assertEquals(travelled.size(), assigned.size(), "every case is assigned (case-service needs no consumer)");
        assertEquals(assigned.size() + 1, delivery.leads().size());
        assertEquals(0, deadLettered, "an unreachable database is not a poison message");
        assertEquals(0, delivery.missing(), "every assignment reached the caseload");
        assertEquals(0, delivery.extra());
        assertEquals(0, delivery.duplicated());
        assertEquals(0, delivery.assignedTwice());
    }
}
