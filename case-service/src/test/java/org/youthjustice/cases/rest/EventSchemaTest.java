package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.youthjustice.platform.testing.EventExamples;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example of each event type is a valid event of that type, and no event type has a field that points at the
 * juvenile: consumers build on both.
 */
class EventSchemaTest {

    /** What this service publishes: its contracts artifact, case-service-events. */
    private static final EventExamples PUBLISHED = EventExamples.of("case-service");

    /** Data fields that would name the juvenile or point at them: identity, birth, age, home, contacts. */
    private static final Set<String> QUASI_IDENTIFIERS = Set.of("name", "identitynumber", "birthdate",
            "dateofbirth", "age", "address", "gridcode", "phone", "guardians");

    /** Every event type and version this service documents: each has a schema and an example beside it. */
    static Stream<Arguments> types() {
        return PUBLISHED.types().stream().map(type -> Arguments.of(type.type(), type.version()));
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream json = EventSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            return new ObjectMapper().readTree(json);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleMatchesTheSchema(String type, int version) throws Exception {
        String schema = type + ".v" + version + ".schema.json";
        JsonNode event = PUBLISHED.load(type, version);
        assertEquals(type, event.get("type").asText());
        assertEquals(version, event.get("version").asInt());
        assertEquals("https://youthjustice.org/events/case-service/" + schema, event.get("dataschema").asText());
        assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath(PUBLISHED.schema(type, version)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void noFieldPointsAtTheJuvenile(String type, int version) throws Exception {
        List<String> found = new ArrayList<>();
        resource(PUBLISHED.schema(type, version)).get("properties").fieldNames().forEachRemaining(field -> {
            if (QUASI_IDENTIFIERS.contains(field.toLowerCase())) {
                found.add(field);
            }
        });
        assertEquals(List.of(), found, type + " v" + version + " carries a quasi-identifier");
    }
}
