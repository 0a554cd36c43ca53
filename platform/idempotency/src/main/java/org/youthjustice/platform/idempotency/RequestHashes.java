package org.youthjustice.platform.idempotency;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The SHA-256 of a request body as parsed, to tell a retry from another request under the same key. The parsed
 * record is written again as JSON, so whitespace and member order of the body do not matter. Sets and map keys are
 * written in a fixed order: Jackson reads a {@code Set} into a {@code HashSet}, whose order for enums follows their
 * identity hash codes and so differs between replicas and restarts, where a retry may land.
 */
@ApplicationScoped
class RequestHashes {

    private final ObjectMapper json;

    RequestHashes(ObjectMapper json) {
        this.json = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .registerModule(new SimpleModule("request-hashes").addSerializer(new SortedSet()));
    }

    String of(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            // the message of a Jackson error may quote personal data of the request: never pass it on
            throw new IllegalStateException("the request could not be hashed");
        }
    }

    /** A set as a JSON array in the order of its elements' text (an enum's name, a string itself). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSet extends JsonSerializer<Set> {

        @Override
        public Class<Set> handledType() {
            return Set.class;
        }

        @Override
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(((Set<Object>) set).stream()
                    .sorted(Comparator.comparing(String::valueOf)).toList(), generator);
        }
    }
}
