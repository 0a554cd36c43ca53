package org.youthjustice.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapping of events. It is fixed here rather than taken from the service's {@code ObjectMapper}, so
 * that the wire format of an event does not change when a service tunes Jackson for its REST API.
 */
final class EventJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // an amount of 300000.00 stays 300000.00 in the data's tree, never 3E+5: the decimals as written
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventJson() {
    }

    static ObjectNode toObject(Object data) {
        if (data == null) {
            throw new IllegalArgumentException("event data is required");
        }
        var tree = MAPPER.valueToTree(data);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("event data must be a JSON object, not " + tree.getNodeType());
        }
        return object;
    }
}
