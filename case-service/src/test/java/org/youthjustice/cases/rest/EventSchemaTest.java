package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example of each event type is a valid event of that type: consumers build on both. */
class EventSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"case.referred", "case.status-changed", "case.closed"})
    void theExampleMatchesTheSchema(String type) throws Exception {
        try (InputStream example = getClass().getClassLoader()
                .getResourceAsStream("events/" + type + ".v1.example.json")) {
            JsonNode event = new ObjectMapper().readTree(example);
            assertEquals(type, event.get("type").asText());
            assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath("events/" + type + ".v1.schema.json"));
        }
    }
}
