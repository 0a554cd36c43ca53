package org.youthjustice.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.Part;
import org.youthjustice.local.PortSetting;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fault 1 of issue 10: the Kafka broker killed with {@code kill -9} while agencies are registered, then started
 * again. worker-service keeps taking registrations (the event waits in its outbox), and notification-service raises
 * one alert per agency in the procurement officers' inbox, however often the relay had to publish the event again.
 */
@ExtendWith(RunningSuite.class)
@Order(FaultOrder.BROKER_CRASH)
class BrokerCrashIT {

    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(120);

    /** One registration and how it ended. */
    record Registration(String creditCode, Optional<Caller.Answer> answer) {

        boolean acknowledged() {
            return answer.filter(a -> a.status() == 201).isPresent();
        }
    }

    @Test
    void everyAcknowledgedRegistrationIsKeptAndAlertedExactlyOnce(Suite suite) throws Exception {
        SuiteSettings settings = suite.settings();
        Caller admin = new Caller(settings.url(PortSetting.WORKER_SERVICE), Keycloak.tokenOf(settings, "admin.ops"));
        Inbox procurementOfficers = new Inbox(new Caller(settings.url(PortSetting.NOTIFICATION_SERVICE),
                Keycloak.tokenOf(settings, "proc.huang")));
        Part kafka = suite.kafka();

        List<Registration> registrations;
        try (Load<Registration> load = Load.start("registration", 2, Duration.ofMillis(100),
                index -> register(admin, index))) {
            load.during(Duration.ofSeconds(3));
            kafka.kill();
            load.during(Duration.ofSeconds(5));
            kafka.restart();
            registrations = load.during(Duration.ofSeconds(3)).stop();
        } finally {
            if (!kafka.isRunning()) {
                kafka.restart();
            }
        }

        Set<String> acknowledged = registrations.stream().filter(Registration::acknowledged)
                .map(Registration::creditCode).collect(Collectors.toSet());
        long present = acknowledged.stream().filter(code -> answers(admin, "/agencies/" + code) == 200).count();
        Polling.until(DELIVERY_BOUND, () -> procurementOfficers.alertsAbout(acknowledged),
                counts -> counts.values().stream().allMatch(n -> n >= 1));
        // a late copy of an event (published again after the crash) must have been consumed before the final count
        Topic workers = new Topic(settings, "workers.v1");
        Polling.until(DELIVERY_BOUND, () -> workers.consumedBy("notification-service", workers.endOffsets()),
                consumed -> consumed);
        Map<String, Integer> alerts = procurementOfficers.alertsAbout(acknowledged);
        List<Topic.Event> published = workers.events().stream()
                .filter(event -> "agency.registered".equals(event.type()) && acknowledged.contains(event.key()))
                .toList();
        Map<String, Set<String>> eventIds = published.stream().collect(Collectors.groupingBy(Topic.Event::key,
                Collectors.mapping(Topic.Event::id, Collectors.toSet())));

        long delivered = alerts.values().stream().filter(n -> n == 1).count();
        int duplicated = alerts.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        long eventsPerAgencyAboveOne = eventIds.values().stream().filter(ids -> ids.size() > 1).count();
        new FaultReport("kafka kill -9 during agency registrations")
                .with("attempted", registrations.size())
                .with("acknowledged", acknowledged.size())
                .with("present", present)
                .with("published records", published.size())
                .with("distinct events", eventIds.values().stream().mapToInt(Set::size).sum())
                .with("delivered", delivered)
                .with("duplicated", duplicated)
                .print();

        assertEquals(registrations.size(), acknowledged.size(),
                "worker-service takes registrations without the broker");
        assertEquals(acknowledged.size(), present, "every acknowledged agency is kept");
        assertEquals(acknowledged.size(), eventIds.size(), "every acknowledged agency's event is published");
        assertEquals(0, eventsPerAgencyAboveOne, "one event per agency, however often it is published");
        assertEquals(acknowledged.size(), delivered, "every agency alerted");
        assertEquals(0, duplicated, "no agency alerted twice");
    }

    private static Registration register(Caller admin, int index) {
        String code = Agencies.freshCreditCode();
        return new Registration(code, admin.create("/agencies",
                Agencies.registration(code, "Broker Crash Test Centre " + index), UUID.randomUUID().toString(),
                Patience.of(Patience.OF_A_CLIENT)));
    }

    private static int answers(Caller caller, String path) {
        try {
            return caller.get(path).status();
        } catch (IOException e) {
            return -1;
        }
    }
}
