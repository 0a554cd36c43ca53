package org.youthjustice.platform.problem;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a JSON string into a {@code String}, and nothing else: Jackson's own deserializer takes a number or a
 * boolean for a string ({@code 13800138000} becomes {@code "13800138000"}), which lets a client send what the API
 * does not describe. The text must also be {@link StorableText storable}. Jackson uses this deserializer for
 * strings in records, lists, arrays, maps and untyped values alike.
 */
final class StorableTextDeserializer extends StdScalarDeserializer<String> {

    StorableTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        if (!StorableText.isStorable(text)) {
            throw new RefusedJsonValue(parser, String.class, StorableText.CODE, StorableText.MESSAGE);
        }
        return text;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
