package org.youthjustice.procurement.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.youthjustice.platform.testing.EventExamples;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example of each event type procurement-service publishes is a valid event of that type, keyed by its contract,
 * and no event type has a field that names or points at a person or carries a free-text reason: consumers build on
 * both. The types published are exactly the ten the README documents.
 */
class EventSchemaTest {

    /** What this service publishes: its contracts artifact, procurement-service-events. */
    private static final EventExamples PUBLISHED = EventExamples.of("procurement-service");

    /** The event types on contracts.v1, each at version 1 (the artifact's README lists them). */
    private static final Set<String> DOCUMENTED = Set.of("contract.awarded", "contract.activated", "contract.amended",
            "contract.closed", "contract.terminated", "contract.expiring", "contract.budget-threshold",
            "contract.understaffed", "payment.made", "evaluation.completed");

    /** Fields that would name a person or point at one: identity, birth, age, home, contacts, who acted. */
    private static final Set<String> QUASI_IDENTIFIERS = Set.of("name", "identitynumber", "birthdate", "dateofbirth",
            "age", "address", "gridcode", "phone", "guardians", "username", "createdby", "changedby", "paidby",
            "amendedby", "by", "evaluatorname");

    /** Fields that would be free text (which may name anyone) unless they are a closed list of codes. */
    private static final Set<String> FREE_TEXT = Set.of("reason", "rationale", "rectificationplan", "note", "notes",
            "comment", "description");

    /** Every event type and version this service documents: each has a schema and an example beside it. */
    static Stream<Arguments> types() {
        return PUBLISHED.types().stream().map(type -> Arguments.of(type.type(), type.version()));
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream json = EventSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            return new ObjectMapper().readTree(json);
        }
    }

    @Test
    void theDocumentedTypesArePublishedEachAtVersionOne() {
        assertEquals(DOCUMENTED, PUBLISHED.types().stream().map(type -> type.type()).collect(Collectors.toSet()));
        PUBLISHED.types().forEach(type -> assertEquals(1, type.version(), type.type()));
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleMatchesTheSchemaAndIsKeyedByItsContract(String type, int version) throws Exception {
        String schema = type + ".v" + version + ".schema.json";
        JsonNode event = PUBLISHED.load(type, version);
        assertEquals(type, event.get("type").asText());
        assertEquals(version, event.get("version").asInt());
        assertEquals("/procurement-service", event.get("source").asText());
        assertEquals("https://youthjustice.org/events/procurement-service/" + schema, event.get("dataschema").asText());
        assertEquals(event.path("data").path("contractId").asText(), event.get("subject").asText());
        assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath(PUBLISHED.schema(type, version)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void noFieldPointsAtAPersonOrCarriesFreeText(String type, int version) throws Exception {
        List<String> found = new ArrayList<>();
        inspect("", resource(PUBLISHED.schema(type, version)), found);
        assertEquals(List.of(), found, type + " v" + version + " carries a quasi-identifier or free text");
    }

    /** Every property of {@code schema}, nested objects and array items included. */
    private static void inspect(String path, JsonNode schema, List<String> found) {
        schema.path("properties").fields().forEachRemaining((Map.Entry<String, JsonNode> property) -> {
            String field = property.getKey().toLowerCase();
            if (QUASI_IDENTIFIERS.contains(field)) {
                found.add(path + property.getKey());
            }
            if (FREE_TEXT.contains(field) && !property.getValue().has("enum")) {
                found.add(path + property.getKey() + " (free text)");
            }
            inspect(path + property.getKey() + ".", property.getValue(), found);
        });
        if (schema.has("items")) {
            inspect(path, schema.path("items"), found);
        }
    }
}
