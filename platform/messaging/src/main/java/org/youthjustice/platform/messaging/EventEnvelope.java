package org.youthjustice.platform.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A domain event as a CloudEvents 1.0 envelope in structured JSON mode: the Kafka record value is this JSON,
 * the record key is {@link #subject()}.
 *
 * <p>{@code version} and {@code correlationid} are CloudEvents extension attributes; their names are lower case
 * alphanumerics because the specification allows nothing else. Unknown attributes are ignored when reading, so
 * that producers can add attributes without breaking consumers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        @JsonProperty("specversion") String specVersion,
        @JsonProperty("id") UUID id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("subject") String subject,
        @JsonProperty("time") Instant time,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("dataschema") URI dataSchema,
        @JsonProperty("version") int version,
        @JsonProperty("correlationid") String correlationId,
        @JsonProperty("data") ObjectNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    /** A new envelope with a fresh id and the current time. */
    public static EventEnvelope create(String source, String type, String subject, URI dataSchema, int version,
            String correlationId, Object data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), source, type, subject, Instant.now(),
                DATA_CONTENT_TYPE, dataSchema, version, correlationId, EventJson.toObject(data));
    }

    /**
     * Reads an envelope and checks the attributes that CloudEvents requires.
     *
     * @throws MalformedEventException if the text is not JSON or not a CloudEvents 1.0 envelope with data
     */
    public static EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        EventEnvelope envelope;
        try {
            envelope = EventJson.MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            // the original message names the problem without echoing the payload
            throw new MalformedEventException("not a JSON event envelope: " + e.getOriginalMessage());
        }
        envelope.requireValid();
        return envelope;
    }

    /** The envelope as structured-mode CloudEvents JSON. */
    public String toJson() {
        try {
            return EventJson.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + id + " cannot be written as JSON", e);
        }
    }

    /** The data mapped to a record of the consumer's own; fields the record does not declare are ignored. */
    public <T> T data(Class<T> type) {
        try {
            return EventJson.MAPPER.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data of event " + id + " (" + this.type + ") does not map to "
                    + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("data of event " + id + " (" + this.type + ") does not map to "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private void requireValid() {
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported specversion " + specVersion);
        }
        require("id", id);
        require("source", source);
        require("type", type);
        require("data", data);
    }

    private static void require(String attribute, Object value) {
        // only text can be blank: a JSON node or a UUID is checked for presence, without writing it out again
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new MalformedEventException("missing attribute " + attribute);
        }
    }
}
