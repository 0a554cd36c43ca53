package org.youthjustice.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;

import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    record CaseAssigned(String caseReference, String workerId) {
    }

    record WorkerOnly(String workerId) {
    }

    private final EventEnvelope envelope = EventEnvelope.create("/case-service", "case.assigned", "GZ-2026-000123",
            URI.create("https://schemas.youthjustice.org/events/case.assigned.v1.schema.json"), 1, "req-42",
            new CaseAssigned("GZ-2026-000123", "w-17"));

    @Test
    void survivesARoundTripThroughJson() {
        var read = EventEnvelope.parse(envelope.toJson());

        assertEquals(envelope, read);
        assertEquals(new CaseAssigned("GZ-2026-000123", "w-17"), read.data(CaseAssigned.class));
    }

    @Test
    void writesTheCloudEventsAttributeNames() {
        var json = envelope.toJson();

        for (var attribute : new String[] { "\"specversion\":\"1.0\"", "\"id\":\"" + envelope.id() + "\"",
                "\"source\":\"/case-service\"", "\"type\":\"case.assigned\"", "\"subject\":\"GZ-2026-000123\"",
                "\"time\":\"", "\"datacontenttype\":\"application/json\"", "\"dataschema\":\"https://",
                "\"version\":1", "\"correlationid\":\"req-42\"", "\"data\":{" }) {
            assertTrue(json.contains(attribute), () -> attribute + " missing in " + json);
        }
    }

    record PaymentMade(BigDecimal amount, BigDecimal budget) {
    }

    @Test
    void writesAmountsWithTheDecimalsTheyHave() {
        var json = EventEnvelope.create("/procurement-service", "payment.made", "c-1",
                URI.create("https://schemas.youthjustice.org/events/payment.made.v1.schema.json"), 1, null,
                new PaymentMade(new BigDecimal("300000.00"), new BigDecimal("1234567.80"))).toJson();

        assertTrue(json.contains("\"amount\":300000.00,\"budget\":1234567.80"), json);
    }

    @Test
    void ignoresAttributesAndDataFieldsItDoesNotKnow() {
        var json = envelope.toJson()
                .replace("\"specversion\"", "\"traceparent\":\"00-abc\",\"specversion\"")
                .replace("\"workerId\"", "\"addedLater\":{\"x\":1},\"workerId\"");

        var read = EventEnvelope.parse(json);

        assertEquals(envelope.id(), read.id());
        assertEquals(new WorkerOnly("w-17"), read.data(WorkerOnly.class));
        assertEquals(new CaseAssigned("GZ-2026-000123", "w-17"), read.data(CaseAssigned.class));
    }

    @Test
    void refusesTextThatIsNotAnEnvelope() {
        assertThrows(MalformedEventException.class, () -> EventEnvelope.parse("not json at all"));
        assertThrows(MalformedEventException.class, () -> EventEnvelope.parse(""));
        assertThrows(MalformedEventException.class, () -> EventEnvelope.parse("{\"hello\":\"world\"}"));
        assertThrows(MalformedEventException.class,
                () -> EventEnvelope.parse(envelope.toJson().replace("\"1.0\"", "\"0.3\"")));
        assertThrows(MalformedEventException.class,
                () -> EventEnvelope.parse(envelope.toJson().replace("\"type\":", "\"kind\":")));
    }

    @Test
    void refusesDataThatIsNotAJsonObject() {
        assertThrows(IllegalArgumentException.class, () -> EventEnvelope.create("/s", "t", "k",
                URI.create("urn:x"), 1, null, "just a string"));
    }
}
