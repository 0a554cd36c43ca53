package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example of each event type is a valid event of that type, and no event type has a field that points at the
 * juvenile: consumers build on both.
 */
class EventSchemaTest {

    private static final Pattern SCHEMA = Pattern.compile("(.+)\\.v([0-9]+)\\.schema\\.json");

    /** Data fields that would name the juvenile or point at them: identity, birth, age, home, contacts. */
    private static final Set<String> QUASI_IDENTIFIERS = Set.of("name", "identitynumber", "birthdate",
            "dateofbirth", "age", "address", "gridcode", "phone", "guardians");

    /** Every event type and version this service documents: each has a schema and an example beside it. */
    static Stream<Arguments> types() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/events"))) {
            return files.map(file -> file.getFileName().toString()).sorted().map(SCHEMA::matcher)
                    .filter(Matcher::matches)
                    .map(schema -> Arguments.of(schema.group(1), Integer.parseInt(schema.group(2)))).toList().stream();
        }
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream json = EventSchemaTest.class.getClassLoader().getResourceAsStream("events/" + name)) {
            return new ObjectMapper().readTree(json);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleMatchesTheSchema(String type, int version) throws Exception {
        String schema = type + ".v" + version + ".schema.json";
        JsonNode event = resource(type + ".v" + version + ".example.json");
        assertEquals(type, event.get("type").asText());
        assertEquals(version, event.get("version").asInt());
        assertEquals("https://youthjustice.org/events/case-service/" + schema, event.get("dataschema").asText());
        assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath("events/" + schema));
    }

    @ParameterizedTest
    @MethodSource("types")
    void noFieldPointsAtTheJuvenile(String type, int version) throws Exception {
        List<String> found = new ArrayList<>();
        resource(type + ".v" + version + ".schema.json").get("properties").fieldNames().forEachRemaining(field -> {
            if (QUASI_IDENTIFIERS.contains(field.toLowerCase())) {
                found.add(field);
            }
        });
        assertEquals(List.of(), found, type + " v" + version + " carries a quasi-identifier");
    }
}
