package org.youthjustice.worker.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.CaseEvents;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshOffice;
import static org.youthjustice.worker.Fixtures.posted;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.registeredWorker;

@QuarkusTest
class CapacityRecheckTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CapacityRecheck recheck;

    @Inject
    DataSource dataSource;

    private final CaseEvents cases = new CaseEvents();

    @AfterEach
    void closeProducer() {
        cases.close();
    }

    @Test
    void aPostingThatEndedYesterdayTakesItsCapacityAwayAndIsAnnouncedOnceHoweverOftenTheRecheckRuns()
            throws Exception {
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        String agency = agency();
        String workerId = registeredWorker(agency);
        String office = freshOffice();
        long postingId = posted(workerId, posting(office, "JUDICIAL_OFFICE", today.toString(), null, "0.1"));
        cases.send(assigned(freshReference(), office, "CORRECTION", workerId, agency, null, "MEDIUM"),
                assigned(freshReference(), office, "CORRECTION", workerId, agency, null, "MEDIUM"));
        await().atMost(WAIT).until(() -> given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload")
                .then().statusCode(200).extract().jsonPath().getInt("cases") == 2);

        // days pass: the posting (capacity 2, load 2: full, not over) ended yesterday, with no request about it
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update posting set starts_on = ?, ends_on = ? where id = ?")) {
            update.setObject(1, today.minusDays(30));
            update.setObject(2, today.minusDays(1));
            update.setLong(3, postingId);
            assertEquals(1, update.executeUpdate());
        }
        recheck.recheck();
        recheck.recheck();

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            records.await(r -> capacityEventOf(workerId, r));
            List<ConsumerRecord<String, String>> announced = records.all(r -> capacityEventOf(workerId, r),
                    Duration.ofSeconds(1));
            assertEquals(1, announced.size(), "announced once");
            assertTrue(announced.get(0).value().contains("worker.capacity-exceeded"), "over capacity without the posting");
        }
    }

    private static boolean capacityEventOf(String workerId, ConsumerRecord<String, String> record) {
        return workerId.equals(record.key()) && record.value().contains("\"worker.capacity-");
    }
}
