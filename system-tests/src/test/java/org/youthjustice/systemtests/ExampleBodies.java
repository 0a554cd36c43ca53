package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.youthjustice.systemtests.OpenApiDocument.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A plausible body of an operation: the document's example, except where the document's examples would not pass the
 * operation's own validation (they show a masked view's values: a team member's phone {@code 139****4321}).
 */
final class ExampleBodies {

    private static final Map<String, String> WRITTEN = Map.of(
            "PUT /api/cases/{reference}/team", """
                    {"members": [{"role": "GUARDIAN", "name": "王芳", "phone": "13900000000"}]}""",
            "PATCH /api/workers/{workerId}", """
                    {"phone": "13800000000"}""");

    private ExampleBodies() {
    }

    static JsonNode of(Operation operation, OpenApiDocument document) {
        String written = WRITTEN.get(operation.key());
        if (written == null) {
            return document.example(operation.bodySchema().orElseThrow());
        }
        try {
            return new ObjectMapper().readTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
