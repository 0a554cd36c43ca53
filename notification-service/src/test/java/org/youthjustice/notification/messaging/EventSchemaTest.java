package org.youthjustice.notification.messaging;

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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example of each event type notification-service publishes is a valid event of that type, keyed by its alert, and
 * no type has a field that names a person, a recipient or the alert's text: consumers build on both. The types
 * published are exactly the three the artifact's README documents.
 */
class EventSchemaTest {

    /** What this service publishes: its contracts artifact, notification-service-events. */
    private static final EventExamples PUBLISHED = EventExamples.of("notification-service");

    private static final Set<String> DOCUMENTED = Set.of("notification.delivered", "notification.failed",
            "notification.escalated");

    /** Fields that would name or reach a person, or carry the alert's text (which a partner may not see). */
    private static final Set<String> PERSONAL = Set.of("name", "identitynumber", "birthdate", "dateofbirth", "address",
            "phone", "email", "recipient", "recipientsubject", "subscriber", "url", "acknowledgedby", "title", "body");

    static Stream<Arguments> types() {
        return PUBLISHED.types().stream().map(type -> Arguments.of(type.type(), type.version()));
    }

    @Test
    void theDocumentedTypesArePublishedEachAtVersionOne() {
        assertEquals(DOCUMENTED, PUBLISHED.types().stream().map(EventExamples.EventType::type)
                .collect(Collectors.toSet()));
        PUBLISHED.types().forEach(type -> assertEquals(1, type.version(), type.type()));
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleMatchesTheSchemaAndIsKeyedByItsAlert(String type, int version) {
        JsonNode event = PUBLISHED.load(type, version);
        assertEquals(type, event.get("type").asText());
        assertEquals(version, event.get("version").asInt());
        assertEquals("/notification-service", event.get("source").asText());
        assertEquals("https://youthjustice.org/events/notification-service/" + type + ".v" + version + ".schema.json",
                event.get("dataschema").asText());
        assertEquals(event.path("data").path("notificationId").asText(), event.get("subject").asText());
        assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath(PUBLISHED.schema(type, version)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void noFieldNamesAPersonARecipientOrTheAlertsText(String type, int version) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream(PUBLISHED.schema(type, version))) {
            new ObjectMapper().readTree(schema).path("properties").fieldNames().forEachRemaining(field -> {
                if (PERSONAL.contains(field.toLowerCase())) {
                    found.add(field);
                }
            });
        }
        assertEquals(List.of(), found, type + " v" + version);
    }
}
