package org.youthjustice.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.OidcResource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request target that is no URI is refused by the gateway itself: a 400 malformed-request problem with its request
 * id, never an empty answer and never forwarded. Sent on a raw socket: HTTP clients refuse to send such targets at all.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(OidcResource.class)
class MalformedTargetTest {

    private static String send(String target) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertRefused(String target, String instance) throws IOException {
        String answer = send(target);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(head.startsWith("http/1.1 400 "), answer);
        assertTrue(head.contains("content-type: application/problem+json"), answer);
        Matcher requestId = Pattern.compile("\r\nx-request-id: ([0-9a-f-]{36})\r\n").matcher(head);
        assertTrue(requestId.find(), answer);
        JsonObject problem = new JsonObject(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals("https://youthjustice.org/problems/malformed-request", problem.getString("type"));
        assertEquals("Malformed request", problem.getString("title"));
        assertEquals(400, problem.getInteger("status"));
        assertEquals(requestId.group(1), problem.getString("correlationId"));
        assertEquals(MalformedTarget.DETAIL, problem.getString("detail"));
        assertEquals(instance, problem.getString("instance"));
    }

    @Test
    void aMalformedPercentEscapeIsAProblemWithTheRequestId() throws IOException {
        assertRefused("/api/cases/%ZZ?q=440101200801011234", "/api/cases/%ZZ");
        assertRefused("/%ZZ", "/%ZZ");
    }

    @Test
    void aCharacterNoUriMayHoldIsAProblemAndNotForwarded() throws IOException {
        assertRefused("/api/cases/a|b", "/api/cases/a|b");
        assertRefused("/api/cases/{reference}", "/api/cases/{reference}");
    }
}
