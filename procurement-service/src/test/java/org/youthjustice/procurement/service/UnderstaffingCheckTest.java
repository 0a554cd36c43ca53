package org.youthjustice.procurement.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.StoredContracts;
import org.youthjustice.procurement.consumer.CaseEventsConsumer;
import org.youthjustice.procurement.consumer.WorkerEventsConsumer;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceContract;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** contract.understaffed: raised once per episode, whatever the number of checks; never for a staffed contract. */
@QuarkusTest
class UnderstaffingCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventExamples WORKER_SERVICE = EventExamples.of("worker-service");
    private static final EventExamples CASE_SERVICE = EventExamples.of("case-service");

    @Inject
    UnderstaffingCheck check;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void postsBelowTheFundedOnesForThirtyDaysRaiseTheEventOnceWhenCheckedTwice() throws Exception {
        LocalDate today = ServiceZone.today(clock);
        ServiceContract contract = activeContract(today.minusDays(40), 2, 20);
        String office = contract.terms().sites.get(0);
        post(contract, office, today.minusDays(40));

        try (TopicRecords topic = TopicRecords.of("contracts.v1")) {
            check.check();
            check.check();
            Predicate<ConsumerRecord<String, String>> understaffed = understaffed(contract);
            JsonNode event = JSON.readTree(topic.await(understaffed).value());
            assertEquals(1, topic.all(understaffed, Duration.ofSeconds(3)).size(), "raised once for the episode");
            JsonNode data = event.get("data");
            assertEquals("POSTS_UNFILLED", data.get("reason").asText());
            assertEquals(today.minusDays(40).toString(), data.get("since").asText(), "unfilled since the start");
            assertEquals(today.toString(), data.get("noticedOn").asText());
            assertEquals(0, new BigDecimal("1.00").compareTo(data.get("filledPosts").decimalValue()));
            assertEquals(contract.number, data.get("number").asText());
            assertThat(data.toString(), matchesJsonSchemaInClasspath(
                    EventExamples.of("procurement-service").schema("contract.understaffed", 1)));
        }
        assertEquals(1, understaffedEvents(contract), "one outbox event, one notice");
    }

    @Test
    void aFullyStaffedContractWithinItsRatioRaisesNothing() {
        LocalDate today = ServiceZone.today(clock);
        ServiceContract contract = activeContract(today.minusDays(40), 2, 20);
        String office = contract.terms().sites.get(0);
        post(contract, office, today.minusDays(40));
        post(contract, office, today.minusDays(40));
        refer(office);

        check.check();
        check.check();

        assertEquals(0, understaffedEvents(contract));
    }

    @Test
    void moreClientsThanTheRatioAllowsForTheFilledPostsRaiseTheEventOnce() throws Exception {
        LocalDate today = ServiceZone.today(clock);
        ServiceContract contract = activeContract(today.minusDays(5), 1, 1);
        String office = contract.terms().sites.get(0);
        post(contract, office, today.minusDays(5));
        refer(office);
        refer(office);

        try (TopicRecords topic = TopicRecords.of("contracts.v1")) {
            check.check();
            check.check();
            JsonNode data = JSON.readTree(topic.await(understaffed(contract)).value()).get("data");
            assertEquals("OVER_RATIO", data.get("reason").asText());
            assertEquals(2, data.get("activeClients").asInt());
            assertEquals(0, new BigDecimal("2.00").compareTo(data.get("clientsPerFilledPost").decimalValue()));
            assertEquals(today.toString(), data.get("since").asText());
            assertThat(data.toString(), matchesJsonSchemaInClasspath(
                    EventExamples.of("procurement-service").schema("contract.understaffed", 1)));
        }
        assertEquals(1, understaffedEvents(contract));
    }

    private static ServiceContract activeContract(LocalDate start, int fundedPosts, int clientRatio) {
        return StoredContracts.contract(StoredContracts.department(), StoredContracts.provider(),
                ContractStatus.ACTIVE, new StoredContracts.Terms(List.of(StoredContracts.freshOffice()), start,
                        start.plusDays(364), fundedPosts, clientRatio, new BigDecimal("100000.00")));
    }

    /** A full-time posting of the contract's provider at {@code site} from {@code from}, through worker-service's event. */
    private void post(ServiceContract contract, String site, LocalDate from) {
        var event = WORKER_SERVICE.load("worker.posted", 1);
        String worker = "W" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).put("workerId", worker)
                .put("postingId", ThreadLocalRandom.current().nextLong(1, 1L << 40))
                .put("agencyCode", contract.providerCode).put("siteCode", site).put("from", from.toString())
                .put("fraction", BigDecimal.ONE).put("contractId", contract.number);
        try (EventPublisher workers = EventPublisher.to("workers.v1")) {
            workers.publish(worker, event);
        }
        ProcessedEvents.of(dataSource, WorkerEventsConsumer.CONSUMER).await(event);
    }

    /** A case referred to {@code office}, through case-service's event. */
    private void refer(String office) {
        var event = CASE_SERVICE.load("case.referred", 2);
        String reference = "UC-2026-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).put("reference", reference)
                .put("officeCode", office).put("courtCode", StoredContracts.freshCourt());
        try (EventPublisher cases = EventPublisher.to("cases.v1")) {
            cases.publish(reference, event);
        }
        ProcessedEvents.of(dataSource, CaseEventsConsumer.CONSUMER).await(event);
    }

    private static Predicate<ConsumerRecord<String, String>> understaffed(ServiceContract contract) {
        return r -> contract.id.toString().equals(r.key()) && r.value().contains("\"contract.understaffed\"");
    }

    /** contract.understaffed events of the contract in the outbox, checked against its notices. */
    private long understaffedEvents(ServiceContract contract) {
        try (var connection = dataSource.getConnection(); var events = connection.prepareStatement(
                "select count(*) from outbox_event where message_key = ? and type = 'contract.understaffed'");
             var notices = connection.prepareStatement(
                     "select count(*) from contract_notice where contract_id = ? and kind = 'UNDERSTAFFED'")) {
            events.setString(1, contract.id.toString());
            notices.setObject(1, contract.id);
            try (var e = events.executeQuery(); var n = notices.executeQuery()) {
                e.next();
                n.next();
                assertEquals(e.getLong(1), n.getLong(1), "one notice per event");
                return e.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
