package org.youthjustice.procurement.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.procurement.ContractFixtures.activeContract;
import static org.youthjustice.procurement.ContractFixtures.event;
import static org.youthjustice.procurement.ContractFixtures.json;
import static org.youthjustice.procurement.ContractFixtures.move;

@QuarkusTest
class ContractExpiryCheckTest {

    private static final String TYPE = "contract.expiring";

    @Inject
    ContractExpiryCheck check;

    private static int daysBefore(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return json(record).get("data").get("daysBefore").asInt();
    }

    @Test
    void anActiveContractIsNoticedAtNinetyDaysAndAtThirtyOnceEachHoweverOftenTheCheckRuns() {
        LocalDate today = ServiceZone.today(java.time.Clock.systemUTC());
        String in60 = activeContract(today.minusDays(300), today.plusDays(60));
        String in20 = activeContract(today.minusDays(300), today.plusDays(20));
        String in120 = activeContract(today.minusDays(200), today.plusDays(120));

        check.raise();
        check.raise();

        try (TopicRecords records = TopicRecords.of(ContractEvents.TOPIC)) {
            JsonNode notice = json(records.await(r -> event(r, in60, TYPE))).get("data");
            assertThat(notice.toString(), matchesJsonSchemaInClasspath(
                    EventExamples.of("procurement-service").schema(TYPE, 1)));
            assertEquals(90, notice.get("daysBefore").asInt());
            assertEquals(today.plusDays(60).toString(), notice.get("periodEnd").asText());
            assertEquals(today.toString(), notice.get("noticedOn").asText());
            records.await(r -> event(r, in20, TYPE));

            assertEquals(1, records.all(r -> event(r, in60, TYPE), Duration.ofSeconds(2)).size(), "raised once");
            var late = records.all(r -> event(r, in20, TYPE), Duration.ofMillis(200));
            assertEquals(1, late.size(), "20 days left: the 30-day notice only, not the 90-day one late");
            assertEquals(30, daysBefore(late.get(0)));
            assertEquals(0, records.all(r -> event(r, in120, TYPE), Duration.ofMillis(200)).size(),
                    "120 days left: not yet");
        }
    }

    @Test
    void aClosedContractIsNotNoticed() {
        LocalDate today = ServiceZone.today(java.time.Clock.systemUTC());
        String closed = activeContract(today.minusDays(300), today.plusDays(10));
        move(closed, "CLOSED");

        check.raise();

        try (TopicRecords records = TopicRecords.of(ContractEvents.TOPIC)) {
            records.await(r -> event(r, closed, "contract.closed"));
            assertEquals(0, records.all(r -> event(r, closed, TYPE), Duration.ofSeconds(1)).size());
        }
    }
}
