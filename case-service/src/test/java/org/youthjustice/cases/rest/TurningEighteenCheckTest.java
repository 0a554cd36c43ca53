package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.service.TurningEighteenCheck;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.testing.TopicRecords;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.setJuvenileField;
import static org.youthjustice.cases.LedCases.count;
import static org.youthjustice.cases.rest.RiskAssessmentTest.read;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;

@QuarkusTest
class TurningEighteenCheckTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TurningEighteenCheck check;

    /** A correction case of a juvenile born on {@code birthDate}, who offended a month ago (still a minor then). */
    private static String caseOfJuvenileBorn(String office, LocalDate birthDate) {
        Map<String, Object> body = correction(office);
        setJuvenileField(body, "identityNumber",
                IdentityNumber.compose("440104", birthDate, ThreadLocalRandom.current().nextInt(1000)).value());
        body.put("offenceDate", today().minusMonths(1).toString());
        return referred(freshCourt(), body);
    }

    private long turned18Events(String reference) {
        return count(dataSource, "select count(*) from outbox_event where message_key = ? and type = "
                + "'subject.turned-18'", reference);
    }

    @Test
    void aJuvenileOf18IsFlaggedOnceFromTheDayAfterTheBirthday() throws Exception {
        String office = freshOffice();
        String adult = caseOfJuvenileBorn(office, today().minusYears(18).minusDays(10));
        // On the 18th birthday itself a person is still 17, as criminal law counts.
        String birthday = caseOfJuvenileBorn(office, today().minusYears(18));
        String minor = caseOfJuvenileBorn(office, today().minusYears(17));

        check.detect();
        check.detect();

        assertEquals(1, turned18Events(adult));
        assertEquals(0, turned18Events(birthday));
        assertEquals(0, turned18Events(minor));
        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> turned = records.await(r -> adult.equals(r.key())
                    && "subject.turned-18".equals(read(r).path("type").asText()));
            JsonNode data = read(turned).get("data");
            assertThat(data.toString(), matchesJsonSchemaInClasspath("events/subject.turned-18.v1.schema.json"));
            assertEquals(office, data.get("officeCode").asText());
            assertEquals(today().toString(), data.get("detectedOn").asText());
            assertFalse(turned.value().contains(today().minusYears(18).minusDays(10).toString()),
                    "no birth date is published");
        }
    }
}
