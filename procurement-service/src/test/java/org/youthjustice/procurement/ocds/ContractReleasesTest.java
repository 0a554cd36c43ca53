package org.youthjustice.procurement.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Provider;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A contract's releases merged as OCDS merges them give its compiled release: the list and the contract agree. */
class ContractReleasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mergingTheReleasesInOrderGivesTheCompiledRelease() {
        UUID id = UUID.randomUUID();
        ServiceContract contract = new ServiceContract();
        contract.id = id;
        contract.number = "GZ-JUS-2026-001";
        contract.title = "越秀区司法社工服务";
        contract.purchaseMode = PurchaseMode.BY_PROJECT;
        contract.serviceType = ServiceType.YOUTH_AFFAIRS_SOCIAL_WORK;
        contract.status = ContractStatus.TERMINATED;
        PurchasingDepartment purchaser = new PurchasingDepartment();
        purchaser.code = "DP-4401-JUSTICE";
        purchaser.name = "广州市司法局";
        Provider provider = new Provider();
        provider.creditCode = "52440100MJL123454L";
        provider.name = "广州市阳光社会工作服务中心";

        ContractTerms first = terms(id, 1, 4, "400000.00", "2026-11-01T00:00:00Z");
        ContractTerms second = first.nextVersion("a", Instant.parse("2026-11-15T00:00:00Z"), "x");
        second.periodEnd = LocalDate.of(2028, 3, 31);
        ContractTerms third = second.nextVersion("b", Instant.parse("2027-04-01T00:00:00Z"), "x");
        third.fundedPosts = 5;
        third.budget = new BigDecimal("500000.00");
        third.fiscalAmount = new BigDecimal("450000.00");
        third.charitableAmount = new BigDecimal("50000.00");
        List<ContractStatusChange> changes = List.of(
                change(id, null, ContractStatus.DRAFT, "2026-11-01T00:00:00Z"),
                change(id, ContractStatus.DRAFT, ContractStatus.AWARDED, "2026-11-10T00:00:00Z"),
                change(id, ContractStatus.AWARDED, ContractStatus.ACTIVE, "2026-12-01T00:00:00Z"),
                change(id, ContractStatus.ACTIVE, ContractStatus.TERMINATED, "2027-09-01T00:00:00Z"));
        List<ContractPayment> payments = List.of(payment(id, 1, "100000.00", "2026-11-20T00:00:00Z"),
                payment(id, 2, "150000.00", "2027-05-01T00:00:00Z"));
        ContractHistory history = new ContractHistory(contract, purchaser, provider, List.of(first, second, third),
                changes, payments);
        ContractReleases releases = new ContractReleases("ocds-yjs000");

        List<Ocds.Release> all = releases.releases(history);
        assertEquals(List.of("tender", "award", "awardUpdate", "implementation", "contract", "contractAmendment",
                "implementationUpdate", "contractTermination"), all.stream().map(r -> r.tag().get(0)).toList());

        ObjectNode merged = JSON.createObjectNode();
        all.forEach(release -> merge(merged, JSON.valueToTree(release)));
        ObjectNode compiled = JSON.valueToTree(releases.compiled(history));
        assertEquals("ocds-yjs000-GZ-JUS-2026-001-compiled-8", compiled.path("id").asText());
        assertEquals(all.get(all.size() - 1).date(), compiled.path("date").asText());
        for (String ignored : List.of("id", "date", "tag")) {
            merged.remove(ignored);
            compiled.remove(ignored);
        }
        assertEquals(merged, compiled);
        assertEquals("terminated", compiled.path("contracts").get(0).path("status").asText());
        assertEquals("2", compiled.path("contracts").get(0).path("amendments").get(0).path("id").asText());
        assertEquals("1", compiled.path("awards").get(0).path("amendments").get(0).path("id").asText());
    }

    /** OCDS 1.1 merging: objects field by field, arrays of objects with ids by id, any other value replaced. */
    private static void merge(ObjectNode into, JsonNode release) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = release.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            JsonNode existing = into.get(field.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, value);
            } else if (value.isArray() && existing != null && existing.isArray() && identified(value)) {
                for (JsonNode item : value) {
                    ObjectNode same = find((ArrayNode) existing, item.path("id").asText());
                    if (same == null) {
                        ((ArrayNode) existing).add(item.deepCopy());
                    } else {
                        merge(same, item);
                    }
                }
            } else {
                into.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean identified(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || !item.has("id")) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode find(ArrayNode array, String id) {
        for (JsonNode item : array) {
            if (item.path("id").asText().equals(id)) {
                return (ObjectNode) item;
            }
        }
        return null;
    }

    private static ContractTerms terms(UUID id, int version, int posts, String budget, String at) {
        ContractTerms terms = new ContractTerms();
        terms.contractId = id;
        terms.version = version;
        terms.periodStart = LocalDate.of(2027, 1, 1);
        terms.periodEnd = LocalDate.of(2027, 12, 31);
        terms.fundedPosts = posts;
        terms.unitCostPerPostYear = new BigDecimal("100000.00");
        terms.clientRatio = 20;
        terms.budget = new BigDecimal(budget);
        terms.fiscalAmount = new BigDecimal(budget);
        terms.charitableAmount = BigDecimal.ZERO;
        terms.otherAmount = BigDecimal.ZERO;
        terms.sites = new ArrayList<>(List.of("JO-440104-01"));
        terms.changedAt = Instant.parse(at);
        return terms;
    }

    private static ContractStatusChange change(UUID id, ContractStatus from, ContractStatus to, String at) {
        ContractStatusChange change = new ContractStatusChange();
        change.contractId = id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = Instant.parse(at);
        return change;
    }

    private static ContractPayment payment(UUID id, int instalment, String amount, String at) {
        ContractPayment payment = new ContractPayment();
        payment.contractId = id;
        payment.instalment = instalment;
        payment.paidAmount = new BigDecimal(amount);
        payment.paidAt = Instant.parse(at);
        payment.paidOn = ServiceZone.dayOf(payment.paidAt);
        return payment;
    }
}
