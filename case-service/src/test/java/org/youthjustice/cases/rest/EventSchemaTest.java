package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example of each event type is a valid event of that type: consumers build on both. */
class EventSchemaTest {

    /** Every event type this service documents: each has a schema and an example beside it. */
    static Stream<String> types() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/events"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".v1.schema.json"))
                    .map(name -> name.substring(0, name.length() - ".v1.schema.json".length())).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleMatchesTheSchema(String type) throws Exception {
        try (InputStream example = getClass().getClassLoader()
                .getResourceAsStream("events/" + type + ".v1.example.json")) {
            JsonNode event = new ObjectMapper().readTree(example);
            assertEquals(type, event.get("type").asText());
            assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath("events/" + type + ".v1.schema.json"));
        }
    }
}
