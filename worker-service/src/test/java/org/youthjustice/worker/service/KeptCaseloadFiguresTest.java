package org.youthjustice.worker.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.CaseEvents;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.closed;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.CaseEvents.riskChanged;
import static org.youthjustice.worker.CaseEvents.unassigned;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshOffice;
import static org.youthjustice.worker.Fixtures.posted;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;

/**
 * The figures kept per worker in {@code capacity_state} (V32), which order the caseload list and choose allocation
 * candidates, follow every change of the worker's cases and postings, and the list stays right when a worker leaves.
 */
@QuarkusTest
class KeptCaseloadFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ServiceZone.ZONE);

    @Inject
    DataSource dataSource;

    @Inject
    CapacityRecheck recheck;

    private final CaseEvents cases = new CaseEvents();

    @AfterEach
    void closeProducer() {
        cases.close();
    }

    @Test
    void theKeptFiguresFollowCasesRiskChangesPostingsAndAPostingsEnd() throws Exception {
        String agency = agency();
        String workerId = registeredWorker(agency);
        assertEquals(new Kept(0, "0.00", "0.00", 0.0), kept(workerId), "a registration keeps its figures");

        String office = freshOffice();
        long postingId = posted(workerId, posting(office, "JUDICIAL_OFFICE", TODAY.minusDays(10).toString(), null,
                "0.5"));
        assertEquals(new Kept(0, "0.00", "10.00", 0.0), kept(workerId), "a posting changes the capacity");

        String high = freshReference();
        String low = freshReference();
        String third = freshReference();
        cases.send(assigned(high, office, "CORRECTION", workerId, agency, null, "HIGH"),
                assigned(low, office, "PREVENTION", workerId, agency, null, "LOW"),
                assigned(third, office, "PREVENTION", workerId, agency, null, null));
        awaitKept(workerId, new Kept(3, "3.50", "10.00", 0.35));

        cases.send(riskChanged(high, office, "MEDIUM", "HIGH", workerId));
        awaitKept(workerId, new Kept(3, "3.00", "10.00", 0.3));
        cases.send(closed(low, office), unassigned(third, office, workerId, agency));
        awaitKept(workerId, new Kept(1, "1.00", "10.00", 0.1));

        // a case moved to another worker leaves this one's figures and joins the other's
        String colleague = registeredWorker(agency);
        posted(colleague, posting(office, "JUDICIAL_OFFICE", TODAY.toString(), null, "1"));
        cases.send(assigned(high, office, "CORRECTION", colleague, agency, workerId, "MEDIUM"));
        awaitKept(colleague, new Kept(1, "1.00", "20.00", 0.05));
        awaitKept(workerId, new Kept(0, "0.00", "10.00", 0.0));

        // a load without any posting today sorts above every percentage
        cases.send(assigned(freshReference(), office, "PREVENTION", workerId, agency, null, "LOW"));
        awaitKept(workerId, new Kept(1, "1.00", "10.00", 0.1));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("on", TODAY.minusDays(1).toString()))
                .when().post("/workers/" + workerId + "/postings/" + postingId + "/end").then().statusCode(200);
        assertEquals(new Kept(1, "1.00", "0.00", Double.POSITIVE_INFINITY), kept(workerId));
    }

    @Test
    void theKeptFiguresAreTheFiguresTheCaseloadShowsUnderEveryRatioWeightAndPeriod() throws Exception {
        String agency = agency();
        String workerId = registeredWorker(agency);
        // contract of 18 at the site of 15 x 0.5 = 9, site of 15 x 0.2 = 3; an ended and a later posting add nothing
        Map<String, Object> underContract = posting("CT-999902", "COURT", TODAY.minusDays(5).toString(), null, "0.5");
        underContract.put("contractId", "CT-RATIO-18");
        posted(workerId, underContract);
        posted(workerId, posting("JO-999901-01", "JUDICIAL_OFFICE", TODAY.minusDays(5).toString(), null, "0.2"));
        posted(workerId, posting(freshOffice(), "COMMUNITY", TODAY.minusDays(5).toString(),
                TODAY.minusDays(1).toString(), "0.3"));
        posted(workerId, posting(freshOffice(), "COMMUNITY", TODAY.plusDays(1).toString(), null, "0.3"));
        String office = freshOffice();
        // HIGH 1.5, MEDIUM, LOW and two not yet assessed 1.0 each
        cases.send(assigned(freshReference(), office, "CORRECTION", workerId, agency, null, "HIGH"),
                assigned(freshReference(), office, "CORRECTION", workerId, agency, null, "MEDIUM"),
                assigned(freshReference(), office, "PREVENTION", workerId, agency, null, "LOW"),
                assigned(freshReference(), office, "PREVENTION", workerId, agency, null, null),
                assigned(freshReference(), office, "PREVENTION", workerId, agency, null, null));
        awaitKept(workerId, new Kept(5, "5.50", "12.00", 5.5 / 12.0));

        // counted from the case and posting rows, as the answers count them
        given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload").then().statusCode(200)
                .body("cases", equalTo(5)).body("weightedLoad", equalTo(5.5f)).body("capacity", equalTo(12.0f));
    }

    @Test
    void theRecheckKeepsTheCapacityOfAPostingThatStartsToday() throws Exception {
        String workerId = registeredWorker(agency());
        String office = freshOffice();
        posted(workerId, posting(office, "JUDICIAL_OFFICE", TODAY.toString(), null, "0.25"));
        // as if the posting had been made on an earlier day, when it did not count yet
        try (Connection connection = dataSource.getConnection();
             PreparedStatement stale = connection.prepareStatement(
                     "update capacity_state set capacity = 0, utilisation = 0 where worker_id = ?")) {
            stale.setString(1, workerId);
            stale.executeUpdate();
        }
        recheck.recheck();
        assertEquals(new Kept(0, "0.00", "5.00", 0.0), kept(workerId));
    }

    @Test
    void aWorkerWhoLeavesKeepsTheirPlaceInTheListWithTheFiguresCountedNow() throws Exception {
        String agency = agency();
        String leaving = registeredWorker(agency);
        String staying = registeredWorker(agency);
        String office = freshOffice();
        posted(leaving, posting(office, "JUDICIAL_OFFICE", TODAY.toString(), null, "0.1"));
        posted(staying, posting(office, "JUDICIAL_OFFICE", TODAY.toString(), null, "1"));
        cases.send(assigned(freshReference(), office, "CORRECTION", leaving, agency, null, null),
                assigned(freshReference(), office, "CORRECTION", staying, agency, null, null));
        awaitKept(leaving, new Kept(1, "1.00", "2.00", 0.5));
        awaitKept(staying, new Kept(1, "1.00", "20.00", 0.05));

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT", "reason", "Moved to another city"))
                .when().post("/workers/" + leaving + "/status-changes").then().statusCode(201);

        given().auth().oauth2(supervisorOf(agency)).when().get("/caseloads").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.workerId", equalTo(List.of(leaving, staying)))
                .body("items.utilisationPercent", equalTo(List.of(50.0f, 5.0f)))
                .body("items.cases", equalTo(List.of(1, 1)));
        assertEquals(new Kept(1, "1.00", "2.00", 0.5), kept(leaving), "leaving changes no figure");
    }

    private void awaitKept(String workerId, Kept expected) {
        await().atMost(WAIT).until(() -> expected.equals(kept(workerId)));
    }

    private Kept kept(String workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select cases, weighted_load, capacity,"
                     + " utilisation from capacity_state where worker_id = ?")) {
            select.setString(1, workerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Kept(row.getInt(1), row.getBigDecimal(2).toPlainString(),
                        row.getBigDecimal(3).toPlainString(), row.getDouble(4));
            }
        }
    }

    /** A worker's kept figures; load and capacity as the column holds them, two decimals. */
    private record Kept(int cases, String weightedLoad, String capacity, double utilisation) {

        Kept {
            weightedLoad = new BigDecimal(weightedLoad).setScale(2).toPlainString();
            capacity = new BigDecimal(capacity).setScale(2).toPlainString();
        }
    }
}
