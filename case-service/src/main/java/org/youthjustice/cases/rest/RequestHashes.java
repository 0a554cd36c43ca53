package org.youthjustice.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request as parsed, to tell a retry from another request under the same Idempotency-Key. The
 * parsed record is serialised again, so whitespace and property order of the body do not matter.
 */
@ApplicationScoped
class RequestHashes {

    @Inject
    ObjectMapper json;

    String of(Object request) {
        try {
            byte[] canonical = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            // The message of a Jackson error may quote personal data of the request: never pass it on.
            throw new IllegalStateException("the request could not be hashed");
        }
    }
}
