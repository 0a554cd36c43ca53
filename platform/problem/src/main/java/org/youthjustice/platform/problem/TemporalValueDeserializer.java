package org.youthjustice.platform.problem;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's java.time deserializer of each type {@link TemporalRange} covers, so that a date or an instant
 * is read only from an ISO 8601 string and only within the accepted years. Jackson's own deserializers take a
 * number, or a string of digits, as a count of days or milliseconds since 1970 (a number sent for a case's period
 * end was stored as {@code +57440-04-10}) and an array {@code [2027, 1, 1]} as a date; neither is what the API
 * describes, so both are refused as a value of the wrong type.
 */
final class TemporalValueDeserializer extends DelegatingDeserializer {

    private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?[0-9]+(\\.[0-9]*)?\\s*");

    TemporalValueDeserializer(JsonDeserializer<?> javaTime) {
        super(javaTime);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> javaTime) {
        return new TemporalValueDeserializer(javaTime);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.handleUnexpectedToken(handledType(), parser);
        }
        if (NUMBER.matcher(parser.getText()).matches()) {
            return context.handleWeirdStringValue(handledType(), parser.getText(),
                    "a number is not an ISO 8601 date or instant");
        }
        Object value = super.deserialize(parser, context);
        if (value instanceof TemporalAccessor temporal && !TemporalRange.contains(temporal)) {
            throw new RefusedJsonValue(parser, handledType(), TemporalRange.CODE, TemporalRange.MESSAGE);
        }
        return value;
    }

    /** Puts the wrapper around the deserializer Jackson found for each covered type. */
    static final class Wrapping extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription type,
                JsonDeserializer<?> deserializer) {
            return TemporalRange.covers(type.getBeanClass()) ? new TemporalValueDeserializer(deserializer)
                    : deserializer;
        }
    }
}
