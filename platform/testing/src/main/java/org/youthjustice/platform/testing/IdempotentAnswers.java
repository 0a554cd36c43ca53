package org.youthjustice.platform.testing;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's {@code IdempotencyKeyTest} asserts of a retry with the same {@code Idempotency-Key} and body:
 * the first answer again, as a client reads it (status, {@code Location}, {@code ETag}, and the body compared by
 * {@link JsonBodies}, since a retry reads the record back and its decimals may carry another scale).
 */
public final class IdempotentAnswers {

    private IdempotentAnswers() {
    }

    public static void assertSame(ExtractableResponse<Response> first, ExtractableResponse<Response> retry) {
        assertEquals(first.statusCode(), retry.statusCode());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertTrue(JsonBodies.same(first.body().asString(), retry.body().asString()),
                first.body().asString() + " then " + retry.body().asString());
    }
}
