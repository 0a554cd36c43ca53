package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What a client reads in every problem+json body, whether a service or the gateway wrote it. */
class ProblemDocumentTest {

    @Test
    void writesTheStandardMembersInOrderAndLeavesOutEmptyOnes() {
        String json = ProblemDocument.of(ProblemType.TOO_MANY_REQUESTS, 429, "Slow down", "/api/cases", "4b6f2c1e")
                .toJson();

        assertEquals("{\"type\":\"https://youthjustice.org/problems/too-many-requests\","
                + "\"title\":\"Too many requests\",\"status\":429,\"detail\":\"Slow down\","
                + "\"instance\":\"/api/cases\",\"correlationId\":\"4b6f2c1e\"}", json);
        assertEquals("{\"status\":500}", new ProblemDocument(null, "", 500, null, "", null).toJson());
    }

    @Test
    void escapesWhatItWrites() {
        String json = ProblemDocument.of(ProblemType.MALFORMED_REQUEST, 400, "a \"quoted\"\nline", "/api/a|b", null)
                .toJson();

        assertEquals("{\"type\":\"https://youthjustice.org/problems/malformed-request\","
                + "\"title\":\"Malformed request\",\"status\":400,\"detail\":\"a \\\"quoted\\\"\\nline\","
                + "\"instance\":\"/api/a|b\"}", json);
    }

    record Rejected(String field, String code) {
    }

    @Test
    void writesErrorsAndThenExtensionMembersAtTheTopLevelWithTheCodec() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("allowed", List.of("ACTIVE", "CLOSED"));
        extensions.put("maxRows", 5000);

        String json = new ProblemDocument(URI.create("https://youthjustice.org/problems/conflict"), "Conflict", 409,
                "Case is CLOSED", "/cases/GZ-1", null)
                .toJson(List.of(new Rejected("status", "transition")), extensions, new ObjectMapper());

        assertEquals("{\"type\":\"https://youthjustice.org/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"Case is CLOSED\",\"instance\":\"/cases/GZ-1\","
                + "\"errors\":[{\"field\":\"status\",\"code\":\"transition\"}],"
                + "\"allowed\":[\"ACTIVE\",\"CLOSED\"],\"maxRows\":5000}", json);
    }

    @Test
    void leavesOutAnEmptyErrorList() {
        String json = ProblemDocument.of(ProblemType.NOT_FOUND, 404, null, null, null)
                .toJson(List.of(), Map.of(), new ObjectMapper());

        assertEquals("{\"type\":\"https://youthjustice.org/problems/not-found\",\"title\":\"Not found\","
                + "\"status\":404}", json);
    }

    @Test
    void theGatewaysOwnStatusesHaveTypesOfTheirOwn() {
        assertEquals(ProblemType.BAD_GATEWAY, ProblemType.forStatus(502));
        assertEquals(ProblemType.GATEWAY_TIMEOUT, ProblemType.forStatus(504));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, ProblemType.forStatus(503));
        assertEquals(URI.create("https://youthjustice.org/problems/gateway-timeout"),
                ProblemType.GATEWAY_TIMEOUT.uri());
    }
}
