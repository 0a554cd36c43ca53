package org.youthjustice.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Comparator;

/**
 * Compares JSON bodies as a client reads them: members in any order, numbers by value. A record answered as created
 * and the same record read back from the database differ in the scale of their decimals only ({@code 0.5} and
 * {@code 0.50}, {@code 6} and {@code 6.0}), e.g. the first answer of a creation and the answer to its retry.
 */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonBodies() {
    }

    /** Whether the two bodies hold the same members with the same values. */
    public static boolean same(String body, String other) {
        try {
            return JSON.readTree(body).equals(NUMBERS_BY_VALUE, JSON.readTree(other));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
