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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.setJuvenileField;
import static org.youthjustice.platform.testing.SqlRows.count;
import static org.youthjustice.cases.rest.RiskAssessmentTest.read;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;

@QuarkusTest
class TurningEighteenCheckTest {

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TurningEighteenCheck check;

    /** A correction case of a juvenile born on {@code birthDate}, who offended at 16. */
    private static String caseOfJuvenileBorn(String office, LocalDate birthDate) {
        Map<String, Object> body = correction(office);
        setJuvenileField(body, "identityNumber",
                IdentityNumber.compose("440104", birthDate, ThreadLocalRandom.current().nextInt(1000)).value());
        body.put("offenceDate", birthDate.plusYears(16).toString());
        return referred(freshCourt(), body);
    }

    private long turned18Events(String reference) {
        return count(dataSource, "select count(*) from outbox_event where message_key = ? and type = "
                + "'subject.turned-18'", reference);
    }

    @Test
    void aJuvenileWhoTurned18InAMonthThatEndedIsRaisedOnceWithThatMonthAndNoDay() throws Exception {
        String office = freshOffice();
        YearMonth thisMonth = YearMonth.from(today());
        // 18 from the 11th of the month before last
        LocalDate birthDate = thisMonth.minusMonths(2).minusYears(18).atDay(10);
        String adult = caseOfJuvenileBorn(office, birthDate);
        // 18 since today: v1 raised it at once, which dated the birthday; now it waits for the month's batch
        String adultSinceToday = caseOfJuvenileBorn(office, today().minusYears(18).minusDays(1));
        String minor = caseOfJuvenileBorn(office, today().minusYears(17));

        check.detect();
        check.detect();

        assertEquals(1, turned18Events(adult));
        assertEquals(0, turned18Events(adultSinceToday));
        assertEquals(0, turned18Events(minor));
        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> turned = records.await(r -> adult.equals(r.key())
                    && "subject.turned-18".equals(read(r).path("type").asText()));
            JsonNode event = read(turned);
            assertEquals(2, event.get("version").asInt());
            JsonNode data = event.get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/case-service/subject.turned-18.v2.schema.json"));
            assertEquals(office, data.get("officeCode").asText());
            assertEquals(thisMonth.minusMonths(2).toString(), data.get("month").asText());
            assertFalse(DAY.matcher(data.toString()).find(), "no day in the data: " + data);
            assertFalse(turned.value().contains(birthDate.toString()), "no birth date is published");
            assertFalse(turned.value().contains(birthDate.plusYears(18).plusDays(1).toString()),
                    "nor the day the juvenile turned 18");
        }
    }

    @Test
    void replicasCheckingAtOnceRaiseEachCaseOnce() throws Exception {
        String office = freshOffice();
        YearMonth lastMonth = YearMonth.from(today()).minusMonths(1);
        List<String> adults = IntStream.rangeClosed(1, 6)
                .mapToObj(day -> caseOfJuvenileBorn(office, lastMonth.minusYears(18).atDay(day))).toList();

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> run : replicas.invokeAll(List.<Callable<Integer>>of(check::detect, check::detect))) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        check.detect();

        for (String adult : adults) {
            assertEquals(1, turned18Events(adult), adult);
        }
    }
}
