package org.youthjustice.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.youthjustice.notification.LeakedJuvenile;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule driven by the producers' own examples (fresh ids, references and codes for isolation), each event
 * delivered twice: exactly one alert per recipient, seen by the right scoped user and not by another scope's.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertRulesTest {

    private static final EventExamples CASES = EventExamples.of("case-service");
    private static final EventExamples WORKERS = EventExamples.of("worker-service");
    private static final EventExamples CONTRACTS = EventExamples.of("procurement-service");

    private static final EventPublisher CASE_TOPIC = EventPublisher.to("cases.v1");
    private static final EventPublisher WORKER_TOPIC = EventPublisher.to("workers.v1");
    private static final EventPublisher CONTRACT_TOPIC = EventPublisher.to("contracts.v1");

    @Inject
    DataSource dataSource;

    /** A worker of an agency, their office and case, all fresh for one test. */
    private record Scene(String worker, String agency, String office, String reference) {

        static Scene fresh() {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
            return new Scene("WT" + id, "52440100TST" + id.substring(0, 7), "JO-T" + id, "GZ-T-" + id);
        }
    }

    @AfterAll
    static void closePublishers() {
        CASE_TOPIC.close();
        WORKER_TOPIC.close();
        CONTRACT_TOPIC.close();
    }

    @Test
    @Order(1)
    void anAssignmentTellsTheNewLeadWorkerOnly() {
        Scene scene = known(Scene.fresh());
        Scene other = Scene.fresh();

        assertEquals(1, alerts(worker(scene.worker()), "case-assigned", scene.reference()));
        assertEquals(0, alerts(worker(other.worker()), "case-assigned", scene.reference()));
    }

    @Test
    @Order(2)
    void aMissedVisitTellsTheWorkerAndSupervisorAndTheSecondInARowTheOffice() {
        Scene scene = known(Scene.fresh());
        Scene other = Scene.fresh();

        deliverCase(scene, visitMissed(scene, 1, "2026-12-04"));
        assertEquals(1, alerts(worker(scene.worker()), "visit-missed", scene.reference()));
        assertEquals(1, alerts(supervisor(scene.agency()), "visit-missed", scene.reference()));
        assertEquals(0, alerts(supervisor(other.agency()), "visit-missed", scene.reference()));
        assertEquals(0, alerts(officer(scene.office()), "visit-missed-twice", scene.reference()),
                "one missed visit stays with the agency");

        deliverCase(scene, visitMissed(scene, 2, "2026-12-11"));
        assertEquals(2, alerts(worker(scene.worker()), "visit-missed", scene.reference()));
        assertEquals(1, alerts(officer(scene.office()), "visit-missed-twice", scene.reference()));
        assertEquals(0, alerts(officer(other.office()), "visit-missed-twice", scene.reference()));
        assertEquals(0, alerts(worker(scene.worker()), "visit-missed-twice", scene.reference()));
    }

    @Test
    @Order(3)
    void aCompletedVisitResetsTheCountOfMissedVisits() {
        Scene scene = known(Scene.fresh());

        deliverCase(scene, visitMissed(scene, 1, "2026-12-04"));
        ObjectNode completed = caseEvent(scene, "visit.completed", 1);
        data(completed).put("visitId", 2).put("completedAt", "2026-12-10T02:30:00Z");
        deliverCase(scene, completed);
        deliverCase(scene, visitMissed(scene, 3, "2026-12-18"));

        assertEquals(2, alerts(supervisor(scene.agency()), "visit-missed", scene.reference()));
        assertEquals(0, alerts(officer(scene.office()), "visit-missed-twice", scene.reference()),
                "a completed visit came between the two missed ones");

        deliverCase(scene, visitMissed(scene, 4, "2026-12-25"));
        assertEquals(1, alerts(officer(scene.office()), "visit-missed-twice", scene.reference()));
    }

    @Test
    @Order(4)
    void aRiskRisenToHighTellsTheOfficeAndTheSupervisor() {
        Scene scene = known(Scene.fresh());
        Scene other = Scene.fresh();

        ObjectNode medium = caseEvent(scene, "risk.changed", 1);
        data(medium).put("level", "MEDIUM").put("previousLevel", "LOW");
        deliverCase(scene, medium);
        deliverCase(scene, caseEvent(scene, "risk.changed", 1));

        assertEquals(1, alerts(officer(scene.office()), "risk-high", scene.reference()), "only the rise to HIGH");
        assertEquals(1, alerts(supervisor(scene.agency()), "risk-high", scene.reference()));
        assertEquals(0, alerts(supervisor(other.agency()), "risk-high", scene.reference()));
        assertEquals(0, alerts(officer(other.office()), "risk-high", scene.reference()));
    }

    @Test
    @Order(5)
    void aCaseNeedingReassignmentTellsTheSupervisorAndTheOffice() {
        Scene scene = known(Scene.fresh());
        Scene other = Scene.fresh();

        deliverCase(scene, caseEvent(scene, "case.reassignment-needed", 1));

        assertEquals(1, alerts(supervisor(scene.agency()), "reassignment-needed", scene.reference()));
        assertEquals(1, alerts(officer(scene.office()), "reassignment-needed", scene.reference()));
        assertEquals(0, alerts(officer(other.office()), "reassignment-needed", scene.reference()));
    }

    @Test
    @Order(6)
    void aSubjectTurning18TellsTheOffice() {
        Scene scene = Scene.fresh();
        Scene other = Scene.fresh();

        deliverCase(scene, caseEvent(scene, "subject.turned-18", 2));

        assertEquals(1, alerts(officer(scene.office()), "turned-18", scene.reference()));
        assertEquals(0, alerts(officer(other.office()), "turned-18", scene.reference()));
    }

    @Test
    @Order(7)
    void aWorkerOverCapacityTellsTheirSupervisorAndAnExpiringQualificationTheWorkerToo() {
        Scene scene = Scene.fresh();
        Scene other = Scene.fresh();

        ObjectNode exceeded = WORKERS.load("worker.capacity-exceeded", 1).put("subject", scene.worker());
        data(exceeded).put("workerId", scene.worker()).put("agencyId", scene.agency());
        deliverWorker(scene, exceeded);
        ObjectNode expiring = WORKERS.load("worker.qualification-expiring", 1).put("subject", scene.worker());
        data(expiring).put("workerId", scene.worker()).put("agencyCode", scene.agency());
        deliverWorker(scene, expiring);

        assertEquals(1, alerts(supervisor(scene.agency()), "capacity-exceeded", scene.worker()));
        assertEquals(0, alerts(supervisor(other.agency()), "capacity-exceeded", scene.worker()));
        assertEquals(0, alerts(worker(scene.worker()), "capacity-exceeded", scene.worker()));
        assertEquals(1, alerts(worker(scene.worker()), "qualification-expiring", scene.worker()));
        assertEquals(1, alerts(supervisor(scene.agency()), "qualification-expiring", scene.worker()));
        assertEquals(0, alerts(worker(other.worker()), "qualification-expiring", scene.worker()));
    }

    @Test
    @Order(8)
    void contractEventsTellThePurchasingDepartmentAndTheProvidersSupervisor() {
        Scene provider = Scene.fresh();
        String department = "DP-T" + provider.worker();
        String number = "GZ-T-" + provider.worker();
        UUID contractId = UUID.randomUUID();
        Map<String, String> rules = Map.of("contract.expiring", "contract-expiring",
                "contract.budget-threshold", "contract-budget-threshold",
                "contract.understaffed", "contract-understaffed",
                "evaluation.completed", "evaluation-completed");

        rules.keySet().forEach(type -> {
            ObjectNode event = CONTRACTS.load(type, 1).put("subject", contractId.toString());
            data(event).put("contractId", contractId.toString()).put("number", number)
                    .put("purchaserCode", department).put("providerCode", provider.agency());
            CONTRACT_TOPIC.publishTwice(contractId.toString(), event);
        });
        ObjectNode marker = CONTRACTS.load("payment.made", 1).put("subject", contractId.toString());
        data(marker).put("contractId", contractId.toString()).put("number", number)
                .put("purchaserCode", department).put("providerCode", provider.agency());
        CONTRACT_TOPIC.publishAndAwait(contractId.toString(), marker, processed());

        rules.values().forEach(rule -> {
            assertEquals(1, alerts(procurement(department), rule, number), rule);
            assertEquals(1, alerts(supervisor(provider.agency()), rule, number), rule);
            assertEquals(0, alerts(procurement("DP-OTHER"), rule, number), rule);
            assertEquals(0, alerts(supervisor(Scene.fresh().agency()), rule, number), rule);
        });
    }

    @Test
    @Order(9)
    void aLaterAssignmentWinsWhateverTheOrderOfDelivery() {
        Scene first = Scene.fresh();
        Scene second = new Scene(Scene.fresh().worker(), Scene.fresh().agency(), first.office(), first.reference());
        registered(first);
        registered(second);
        ObjectNode later = assigned(second);
        later.put("time", "2026-11-28T08:00:00Z");
        ObjectNode earlier = assigned(first);
        earlier.put("time", "2026-11-27T08:00:00Z");
        deliverCase(first, later);
        deliverCase(first, earlier);

        ObjectNode risk = caseEvent(first, "risk.changed", 1);
        data(risk).putNull("workerId");
        deliverCase(first, risk);

        assertEquals(1, alerts(supervisor(second.agency()), "risk-high", first.reference()),
                "the lead worker's agency by the later assignment");
        assertEquals(0, alerts(supervisor(first.agency()), "risk-high", first.reference()));
    }

    /** Runs last: every alert the tests above raised, scanned for the juvenile's data. */
    @Test
    @Order(100)
    void noAlertCarriesTheJuvenilesPersonalData() throws SQLException {
        // the juvenile's data could only come from case-service's events (an agency's name is no personal data)
        Set<String> personal = new HashSet<>(LeakedJuvenile.FIELDS.values());
        CASES.types().forEach(t -> collectPersonal(CASES.load(t.type(), t.version()).get("data"), personal));
        List<String> texts = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             ResultSet rows = db.createStatement().executeQuery("select title, body from notification")) {
            while (rows.next()) {
                texts.add(rows.getString(1) + "\n" + rows.getString(2));
            }
        }

        assertTrue(texts.size() > 20, "the tests above raised alerts to scan");
        for (String text : texts) {
            LeakedJuvenile.assertNoneIn(text, personal);
        }
    }

    /** The values of every field whose name says it is a person's name, birth date, identity, phone or address. */
    private static void collectPersonal(JsonNode node, Set<String> into) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                collectPersonal(field.getValue(), into);
            } else if (field.getValue().isTextual()
                    && field.getKey().matches("(?i).*(name|birth|identity|idNumber|phone|address|guardian).*")) {
                into.add(field.getValue().asText());
            }
        }
    }

    /** The worker registered with the agency, the case referred to the office and assigned to the worker. */
    private Scene known(Scene scene) {
        registered(scene);
        ObjectNode referred = caseEvent(scene, "case.referred", 2);
        deliverCase(scene, referred);
        deliverCase(scene, assigned(scene));
        return scene;
    }

    private void registered(Scene scene) {
        ObjectNode event = WORKERS.load("worker.registered", 1).put("subject", scene.worker());
        data(event).put("workerId", scene.worker()).put("agencyCode", scene.agency());
        deliverWorker(scene, event);
    }

    private static ObjectNode assigned(Scene scene) {
        ObjectNode event = caseEvent(scene, "case.assigned", 1);
        data(event).put("agencyId", scene.agency());
        return event;
    }

    private static ObjectNode visitMissed(Scene scene, int visitId, String dueOn) {
        ObjectNode event = caseEvent(scene, "visit.missed", 1);
        data(event).put("visitId", visitId).put("dueOn", dueOn);
        return event;
    }

    /** case-service's example of {@code type}, about the scene's case, office and worker. */
    private static ObjectNode caseEvent(Scene scene, String type, int version) {
        ObjectNode event = CASES.load(type, version).put("subject", scene.reference());
        ObjectNode data = data(event).put("reference", scene.reference()).put("officeCode", scene.office());
        if (data.has("workerId")) {
            data.put("workerId", scene.worker());
        }
        LeakedJuvenile.plantIn(data);
        return event;
    }

    /** Delivers the event twice, then waits until a marker behind it on the same key was processed. */
    private void deliverCase(Scene scene, ObjectNode event) {
        CASE_TOPIC.publishTwice(scene.reference(), event);
        CASE_TOPIC.publishAndAwait(scene.reference(), caseEvent(scene, "case.status-changed", 1), processed());
    }

    private void deliverWorker(Scene scene, ObjectNode event) {
        WORKER_TOPIC.publishTwice(scene.worker(), event);
        ObjectNode marker = WORKERS.load("agency.registered", 1).put("type", "agency.contact-changed");
        WORKER_TOPIC.publishAndAwait(scene.worker(), marker, processed());
    }

    private ProcessedEvents processed() {
        return ProcessedEvents.of(dataSource, "alerts");
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    /** How many alerts of {@code rule} about {@code subjectRef} the holder of {@code token} sees. */
    private static long alerts(String token, String rule, String subjectRef) {
        List<Map<String, String>> items = given().auth().oauth2(token).queryParam("size", 100)
                .when().get("/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> rule.equals(i.get("rule")) && subjectRef.equals(i.get("subjectRef"))).count();
    }

    private static String worker(String workerId) {
        return TestTokens.user("sw.test").roles(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, workerId).token();
    }

    private static String supervisor(String agency) {
        return TestTokens.user("sup.test").roles(Roles.AGENCY_SUPERVISOR).claim(Caller.AGENCY_ID, agency).token();
    }

    private static String officer(String office) {
        return TestTokens.user("jo.test").roles(Roles.JUDICIAL_OFFICER).claim(Caller.OFFICE_CODE, office).token();
    }

    private static String procurement(String department) {
        return TestTokens.user("proc.test").roles(Roles.PROCUREMENT_OFFICER)
                .claim(Caller.DEPARTMENT_CODE, department).token();
    }
}
