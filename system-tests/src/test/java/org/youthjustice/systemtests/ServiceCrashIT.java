package org.youthjustice.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.Part;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 2 of issue 10: case-service killed with {@code kill -9} while courts refer juveniles and the office assigns
 * them, then started again. Clients retry with the same {@code Idempotency-Key} (a referral) or read again before
 * they retry (an acceptance, an assignment): no acknowledged write is lost, every case is whole (referred, accepted,
 * assigned, with one {@code case.assigned} event), and worker-service counts each assignment once.
 */
@ExtendWith(RunningSuite.class)
@Order(FaultOrder.SERVICE_CRASH)
class ServiceCrashIT {

    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(120);

    @Test
    void noAcknowledgedWriteIsLostHalfWrittenOrCarriedOutTwice(Suite suite) throws Exception {
        SuiteSettings settings = suite.settings();
        StaffedOfficeScene scene = StaffedOfficeScene.open(settings);
        Caller workerAdmin = scene.workerAdmin();
        Caller caseAdmin = scene.caseAdmin();
        StaffedOffice office = scene.office();
        CaseJourneys journeys = scene.journeys();
        Part caseService = suite.service(ServiceModule.CASE);

        List<CaseJourneys.Journey> travelled;
        try (Load<CaseJourneys.Journey> load = Load.start("journey", 3, Duration.ofMillis(20), journeys::travel)) {
            load.during(Duration.ofSeconds(4));
            caseService.kill();
            load.during(Duration.ofSeconds(2));
            caseService.restart();
            travelled = load.during(Duration.ofSeconds(3)).stop();
        } finally {
            if (!caseService.isRunning()) {
                caseService.restart();
            }
        }

        List<String> referred = travelled.stream().flatMap(journey -> journey.reference().stream()).toList();
        Set<String> assigned = travelled.stream().filter(CaseJourneys.Journey::assigned)
                .flatMap(journey -> journey.reference().stream()).collect(Collectors.toSet());
        CaseloadDelivery delivery = CaseloadDelivery.of(settings, caseAdmin, workerAdmin, office.workerId(),
                DELIVERY_BOUND);
        long lost = assigned.stream().filter(reference -> !delivery.leads().contains(reference)).count();
        long retried = travelled.stream().filter(journey -> journey.referral().attempts() > 1).count();
        delivery.addTo(new FaultReport("case-service kill -9 during referrals and assignments")
                        .with("attempted", travelled.size())
                        .with("referrals acknowledged", referred.size())
                        .with("referrals retried", retried)
                        .with("assignments acknowledged", assigned.size())
                        .with("acknowledged but lost", lost))
                .print();

        assertEquals(travelled.size(), assigned.size(), "every case is referred, accepted and assigned in the end");
        assertEquals(referred.size(), Set.copyOf(referred).size(), "no reference given twice");
        assertEquals(0, lost, "no acknowledged assignment lost");
        assertEquals(assigned.size() + 1, delivery.leads().size(), "case-service leads nothing half-assigned");
        assertEquals(0, delivery.missing(), "every assignment reached the caseload");
        assertEquals(0, delivery.extra(), "nothing in the caseload that case-service did not assign");
        assertEquals(0, delivery.duplicated(), "no case counted twice");
        assertEquals(0, delivery.assignedTwice(), "no assignment carried out twice");
    }
}
