package org.youthjustice.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.Part;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 3 of issue 10: worker-service, the consumer of case-service's assignments, killed with {@code kill -9} while
 * it follows them, so that it dies with events processed but their offsets not yet committed; the assignments go
 * on while it is down, building a backlog, and it is started again. Its caseload ends exact: the redelivered events
 * change nothing, the backlog is all counted.
 */
@ExtendWith(RunningSuite.class)
@Order(FaultOrder.CONSUMER_CRASH)
class ConsumerCrashIT {

    /** The dead consumer's partitions move to its successor once its session times out (10 s, platform-messaging). */
    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(150);

    @Test
    void theCaseloadEndsExactAfterTheConsumerDiedInTheMiddleOfABacklog(Suite suite) throws Exception {
        SuiteSettings settings = suite.settings();
        StaffedOfficeScene scene = StaffedOfficeScene.open(settings);
        Caller workerAdmin = scene.workerAdmin();
        Caller caseAdmin = scene.caseAdmin();
        StaffedOffice office = scene.office();
        CaseJourneys journeys = scene.journeys();
        Part workerService = suite.service(ServiceModule.WORKER);

        List<CaseJourneys.Journey> travelled;
        int caseloadAtTheCrash;
        long restartedAt;
        try (Load<CaseJourneys.Journey> load = Load.start("journey", 3, Duration.ofMillis(20), journeys::travel)) {
            load.during(Duration.ofSeconds(4));
            caseloadAtTheCrash = new HashSet<>(Caseload.inWorkerService(workerAdmin, office.workerId())).size();
            workerService.kill();
            load.during(Duration.ofSeconds(6));
            workerService.restart();
            restartedAt = System.nanoTime();
            travelled = load.during(Duration.ofSeconds(2)).stop();
        } finally {
            if (!workerService.isRunning()) {
                workerService.restart();
            }
        }

        Set<String> assigned = travelled.stream().filter(CaseJourneys.Journey::assigned)
                .flatMap(journey -> journey.reference().stream()).collect(Collectors.toSet());
        CaseloadDelivery delivery = CaseloadDelivery.of(settings, caseAdmin, workerAdmin, office.workerId(),
                DELIVERY_BOUND);
        delivery.addTo(new FaultReport("worker-service kill -9 while consuming assignments")
                        .with("attempted", travelled.size())
                        .with("assignments acknowledged", assigned.size())
                        .with("caseload at the crash", caseloadAtTheCrash)
                        .with("caught up within", String.format(Locale.ROOT, "%.1f s",
                                (System.nanoTime() - restartedAt) / 1e9)))
                .print();

        assertTrue(caseloadAtTheCrash > 1, "the consumer was following the assignments when it was killed");
        assertTrue(caseloadAtTheCrash < delivery.leads().size(), "assignments were left for after the crash");
        assertEquals(travelled.size(), assigned.size(), "every case is assigned (case-service needs no consumer)");
        assertEquals(assigned.size() + 1, delivery.leads().size());
        assertEquals(0, delivery.missing(), "the backlog is all counted");
        assertEquals(0, delivery.extra());
        assertEquals(0, delivery.duplicated(), "a redelivered event counts once");
        assertEquals(0, delivery.assignedTwice());
    }
}
